// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import {
  appointmentsInSession,
  bookAppointment,
  clients,
  createClinic,
  getSettings,
  saveClosures,
  sessionsOfClinicBetween,
  topUpSessions,
  ValidationError,
} from '../../../../renderer/data';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { freshDatabase, validClient, validClinic } from './fresh-database';

const TODAY = '2026-11-24'; // a Tuesday
const MORNING = { date: TODAY, time: '08:00' };
const clinic = { ...validClinic, name: 'Benefits', kind: 'appointments' as const, startDate: TODAY, placesPerSlot: 1 };
let database: SignpostDatabase;
beforeEach(() => {
  database = freshDatabase();
});

const datesOf = async (clinicId: string, from: string, to: string) => (await sessionsOfClinicBetween(clinicId, from, to)).map((s) => `${s.date} ${s.status}`);

describe('closure days', () => {
  it('a new forum closes on England and Wales’ bank holidays: no session on 25 or 28 December or 1 January', async () => {
    expect((await getSettings()).closures).toEqual({ bankHolidays: 'england-and-wales', ownDays: [] });
    const { clinic: made } = await createClinic(clinic, TODAY);
    const dates = (await sessionsOfClinicBetween(made.id, '2026-12-21', '2027-01-04')).map((s) => s.date);
    expect(dates).toEqual(['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-04']);
  });

  it('a new closure day closes its sessions, cancels their bookings for rebooking and takes the shifts off the rota', async () => {
    const { clinic: made } = await createClinic({ ...clinic, roles: [{ role: 'adviser', count: 1 }] }, TODAY);
    const [session] = await sessionsOfClinicBetween(made.id, '2026-12-02', '2026-12-02');
    const amina = await clients.create(validClient('Amina Yusuf'));
    await bookAppointment({ sessionId: session!.id, clientId: amina.id, slotTime: '10:00' }, MORNING);
    await database.shifts.add({ id: 'sh1', createdAt: `${TODAY}T09:00:00.000Z`, updatedAt: `${TODAY}T09:00:00.000Z`, sessionId: session!.id, clinicId: made.id, date: '2026-12-02', startTime: '10:00', endTime: '13:00', role: 'adviser', volunteerId: 'v1' });

    const changes = await saveClosures({ bankHolidays: 'england-and-wales', ownDays: [{ date: '2026-12-02', reason: 'Staff training' }] }, TODAY);
    expect(changes).toEqual({ sessionsClosed: 1, sessionsReopened: 0, bookingsCancelled: 1 });
    expect(await database.sessions.get(session!.id)).toMatchObject({ status: 'cancelled', cancelReason: 'Forum closed: Staff training', closure: true });
    const [booking] = await appointmentsInSession(session!.id);
    expect(booking).toMatchObject({ status: 'cancelled', cancelReason: 'Session cancelled: Forum closed: Staff training' });
    expect(await database.shifts.count()).toBe(0);
    expect((await getSettings()).closures.ownDays).toEqual([{ date: '2026-12-02', reason: 'Staff training' }]);

    // Removing the day opens the session again; the booking stays on the list to rebook.
    expect(await saveClosures({ bankHolidays: 'england-and-wales', ownDays: [] }, TODAY)).toEqual({ sessionsClosed: 0, sessionsReopened: 1, bookingsCancelled: 0 });
    expect(await database.sessions.get(session!.id)).toMatchObject({ status: 'scheduled' });
    expect((await database.sessions.get(session!.id))?.cancelReason).toBeUndefined();
    expect((await appointmentsInSession(session!.id))[0]?.status).toBe('cancelled');
  });

  it('choosing Scotland closes St Andrew’s Day and Scotland’s New Year holidays', async () => {
    const { clinic: made } = await createClinic(clinic, TODAY);
    expect(await datesOf(made.id, '2026-11-30', '2026-11-30')).toEqual(['2026-11-30 scheduled']);
    await saveClosures({ bankHolidays: 'scotland', ownDays: [] }, TODAY);
    expect(await datesOf(made.id, '2026-11-30', '2026-11-30')).toEqual(['2026-11-30 cancelled']);
    // Scotland's New Year holiday is 1 and 4 January 2027 (2 January is a Saturday).
    expect(await datesOf(made.id, '2027-01-01', '2027-01-05')).toEqual(['2027-01-04 cancelled', '2027-01-05 scheduled']);
  });

  it('choosing no bank holidays gives back the sessions those days never had', async () => {
    const { clinic: made } = await createClinic(clinic, TODAY);
    expect(await datesOf(made.id, '2026-12-25', '2026-12-28')).toEqual([]);
    await saveClosures({ bankHolidays: 'none', ownDays: [] }, TODAY);
    expect(await datesOf(made.id, '2026-12-25', '2026-12-28')).toEqual(['2026-12-25 scheduled', '2026-12-28 scheduled']);
    expect(await topUpSessions(TODAY)).toBe(0);
  });

  it('refuses a closure day without a reason, changing nothing', async () => {
    const refusal = await saveClosures({ bankHolidays: 'none', ownDays: [{ date: '2026-12-02', reason: ' ' }] }, TODAY).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((await getSettings()).closures.bankHolidays).toBe('england-and-wales');
  });

  it('topping up closes a session made before its day became a closure day (settings saved without closures)', async () => {
    await database.settings.put({ key: 'forum', forumName: 'Old forum', updatedAt: '2026-01-01T00:00:00.000Z' } as never);
    const { clinic: made } = await createClinic({ ...clinic, rrule: 'FREQ=WEEKLY;BYDAY=FR' }, TODAY);
    // A session planted on Christmas Day, as an older version of the app made it.
    await database.sessions.add({ id: 'xmas', createdAt: `${TODAY}T09:00:00.000Z`, updatedAt: `${TODAY}T09:00:00.000Z`, clinicId: made.id, date: '2026-12-25', startTime: '10:00', endTime: '13:00', status: 'scheduled' });
    await topUpSessions(TODAY);
    expect(await database.sessions.get('xmas')).toMatchObject({ status: 'cancelled', cancelReason: 'Forum closed: Christmas Day' });
  });
});
