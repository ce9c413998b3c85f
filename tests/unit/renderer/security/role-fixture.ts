/**
 * A small forum for the role tests, made by the administrator: a daily drop-in with its
 * sessions, two clients, a booking, an advice entry with a follow-up, a referral, a
 * service, a volunteer holding a shift, and a second user. Every command in the role
 * table acts on these.
 */
import {
  adviceEntries,
  bookAppointment,
  clients,
  createClinic,
  createReferral,
  logAdvice,
  services,
  sessionsOfClinicBetween,
  volunteers,
} from '../../../../renderer/data';
import { db } from '../../../../renderer/db/instance';
import { shifts } from '../../../../renderer/data/repositories/shifts';
import { TEST_ADMINISTRATOR } from '../../support/signed-in';
import { setSignedInUser } from '../../../../renderer/security/session';
import { validClient, validClinic } from '../data/fresh-database';

export const TODAY = '2026-11-24';

const consented = (name: string) => ({
  ...validClient(name),
  consents: {
    storage: { given: true, date: TODAY, recordedBy: 'Claire' },
    sharing: { given: true, date: TODAY, recordedBy: 'Claire' },
  },
});

export async function seedForum() {
  setSignedInUser({ ...TEST_ADMINISTRATOR });
  // Tuesdays only: a dozen sessions, enough for today's and a later one.
  const { clinic } = await createClinic({ ...validClinic, rrule: 'FREQ=WEEKLY;BYDAY=TU', startDate: TODAY, roles: [{ role: 'adviser', count: 1 }] }, TODAY);
  const [session, later] = await sessionsOfClinicBetween(clinic.id, TODAY, '2026-12-31');
  const amina = await clients.create(consented('Amina Yusuf'));
  const piotr = await clients.create(consented('Piotr Nowak'));
  const appointment = await bookAppointment({ sessionId: session!.id, clientId: amina.id, slotTime: '11:00' }, { date: TODAY, time: '08:00' });
  const service = await services.create({ name: 'Law centre' });
  const volunteer = await volunteers.create({ name: 'Ana Silva', roles: ['adviser'] });
  const advice = await logAdvice({ clientId: amina.id, date: TODAY, adviserName: 'Ana Silva', categories: ['housing'], outcome: 'advice-given', minutes: 30, followUpDate: '2026-12-01' }, TODAY);
  const referral = await createReferral({ clientId: amina.id, serviceId: service.id, reasonCategory: 'housing', date: TODAY, sharedFields: ['name'] }, false);
  const shift = await shifts.create({ sessionId: session!.id, clinicId: clinic.id, date: TODAY, startTime: '10:00', endTime: '13:00', role: 'adviser', volunteerId: volunteer.id });
  // Written as stored rather than through addUser: wrapping a real credential costs 600,000 PBKDF2 rounds.
  const user = { id: 'user-bilal', name: 'Bilal Haddad', role: 'frontDesk' as const, disabled: false, createdAt: `${TODAY}T08:00:00.000Z`, updatedAt: `${TODAY}T08:00:00.000Z` };
  await db().users.put({ ...user, credential: { kind: 'pin', salt: 'c2FsdA==', iterations: 600_000, wrapped: 'd3JhcHBlZA==', keychain: false } });
  return { clinic, session: session!, later: later!, amina, piotr, appointment, service, volunteer, advice, referral, shift, user, adviceEntries };
}

export type Forum = Awaited<ReturnType<typeof seedForum>>;
