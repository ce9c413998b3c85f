// @vitest-environment node
/**
 * Restriction (UK GDPR article 18): a restricted record is kept but takes nothing new.
 * Each rule here fails without its own check in the command that holds it.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ReferralStatus } from '../../../../../shared/schemas';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addWalkIn,
  bookAppointment,
  changeReferralStatus,
  clients,
  createClinic,
  createReferral,
  liftRestriction,
  adviceLogLeftOut,
  adviceLogPage,
  logAdvice,
  mergeClients,
  openFollowUpsPage,
  listedReferralCount,
  overdueReferralCount,
  overdueReferralsPageRows,
  rebookAppointment,
  referralsLeftOut,
  referralsPageRows,
  REFERRALS_IN_HAND,
  restrictClient,
  restrictedRecords,
  services,
  sessionsOfClinicBetween,
  updateAdvice,
  withdrawConsent,
} from '../../../../../renderer/data';
import { buildClientDirectory, withholdingRestricted } from '../../../../../renderer/data/client-directory';
import { withAuditTrail } from '../../../../../renderer/db/audit-trail';
import { SignpostDatabase } from '../../../../../renderer/db/database';
import { replaceDatabase } from '../../../../../renderer/db/instance';
import { fixedClock, setClock } from '../../../../../renderer/platform/clock';
import { setSignedInUser } from '../../../../../renderer/security/session';
import { wordedRejection } from '../../../support/worded-error';
import { validClient, validClinic } from '../fresh-database';

const TODAY = '2026-11-24';
const MORNING = { date: TODAY, time: '08:00' };
const REFUSED = 'This person’s record is restricted: nothing new can be booked, logged or sent for them until the restriction is lifted on their page.';
let database: SignpostDatabase;
let restoreClock: () => void;
beforeEach(() => {
  database = withAuditTrail(new SignpostDatabase('signpost-test', { indexedDB: new IDBFactory(), IDBKeyRange }));
  replaceDatabase(database);
  restoreClock = setClock(fixedClock('2026-11-24T08:00:00Z'));
  setSignedInUser({ userId: 'admin-1', name: 'Claire', role: 'administrator' });
});
afterEach(() => {
  restoreClock();
  setSignedInUser(null);
});

const consents = {
  storage: { given: true, date: '2026-01-10', recordedBy: 'Fatima' },
  sharing: { given: true, date: '2026-01-10', recordedBy: 'Fatima' },
};

/** A person booked into an appointments clinic, with advice and a draft referral, then restricted at their request. */
async function restrictedPerson() {
  const client = await clients.create({ ...validClient('Saba Haile'), phone: '07700 900555', consents });
  const { clinic } = await createClinic({ ...validClinic, kind: 'appointments', startDate: TODAY }, TODAY);
  const { clinic: dropIn } = await createClinic({ ...validClinic, name: 'Drop-in', startDate: TODAY }, TODAY);
  const [session, later] = await sessionsOfClinicBetween(clinic.id, TODAY, '2026-12-31');
  const [queue] = await sessionsOfClinicBetween(dropIn.id, TODAY, TODAY);
  const appointment = await bookAppointment({ sessionId: session!.id, clientId: client.id, slotTime: '10:00' }, MORNING);
  const advice = await logAdvice({ clientId: client.id, date: TODAY, adviserName: 'Aisha', categories: ['housing'], outcome: 'advice-given', minutes: 20 }, TODAY);
  const service = await services.create({ name: 'Law centre' });
  const referral = await createReferral({ clientId: client.id, serviceId: service.id, reasonCategory: 'housing', date: TODAY, sharedFields: ['name'] }, false);
  await restrictClient(client.id, TODAY, 'Fatima');
  return { client, session: session!, later: later!, queue: queue!, appointment, advice, service, referral };
}

describe('a restricted record takes nothing new', () => {
  it('refuses a booking, a walk-in, a rebooking, new advice, a new referral and sending one, in plain words, writing nothing', async () => {
    const p = await restrictedPerson();
    const counts = async () => [await database.appointments.count(), await database.adviceEntries.count(), await database.referrals.count()];
    const before = await counts();
    expect(await wordedRejection(bookAppointment({ sessionId: p.later.id, clientId: p.client.id, slotTime: '10:00' }, MORNING))).toBe(REFUSED);
    expect(await wordedRejection(addWalkIn({ sessionId: p.queue.id, clientId: p.client.id }, MORNING))).toBe(REFUSED);
    expect(await wordedRejection(rebookAppointment(p.appointment.id, { sessionId: p.later.id, slotTime: '11:00' }, MORNING))).toBe(REFUSED);
    expect(await wordedRejection(logAdvice({ clientId: p.client.id, date: TODAY, adviserName: 'Aisha', categories: ['benefits'], outcome: 'advice-given', minutes: 10 }, TODAY))).toBe(REFUSED);
    expect(await wordedRejection(createReferral({ clientId: p.client.id, serviceId: p.service.id, reasonCategory: 'benefits', date: TODAY, sharedFields: ['name'] }, false))).toBe(REFUSED);
    expect(await wordedRejection(changeReferralStatus(p.referral.id, 'sent'))).toBe(REFUSED);
    expect(await counts()).toEqual(before);
    expect((await database.referrals.get(p.referral.id))?.status).toBe('draft');
  });

  it('still lets a past advice entry be corrected, and takes bookings again once lifted', async () => {
    const p = await restrictedPerson();
    await updateAdvice(p.advice.id, { clientId: p.client.id, date: TODAY, adviserName: 'Aisha', categories: ['housing'], outcome: 'advice-given', minutes: 25 }, TODAY);
    await liftRestriction(p.client.id, { date: TODAY, recordedBy: 'Fatima' });
    await expect(bookAppointment({ sessionId: p.later.id, clientId: p.client.id, slotTime: '10:00' }, MORNING)).resolves.toMatchObject({ clientId: p.client.id });
  });
});

describe('the forum-wide lists while a record is restricted', () => {
  const LONG_AGO = '2000-01-01';
  /** What each list shows of one person: ids in the advice log, follow-ups, referrals and overdue referrals. */
  async function listed(clientId: string) {
    const theirs = <T extends { clientId: string; id: string }>(page: { rows: T[] }) => page.rows.filter((row) => row.clientId === clientId).map((row) => row.id);
    const pages = {
      adviceLog: await adviceLogPage(LONG_AGO, '2030-12-31', 0, 100),
      followUps: await openFollowUpsPage({ from: LONG_AGO, to: '2030-12-31' }, 0, 100),
      referrals: { ...(await referralsPageRows(undefined, 0, 100)), total: await listedReferralCount() },
      overdue: { ...(await overdueReferralsPageRows(TODAY, 0, 100)), total: await overdueReferralCount(TODAY) },
    };
    return {
      ids: { adviceLog: theirs(pages.adviceLog), followUps: theirs(pages.followUps), referrals: theirs(pages.referrals), overdue: theirs(pages.overdue) },
      totals: { adviceLog: pages.adviceLog.total, followUps: pages.followUps.total, referrals: pages.referrals.total, overdue: pages.overdue.total },
    };
  }

  /** Someone with an overdue follow-up and a sent referral whose follow-up date has passed, and someone else with advice. */
  async function overduePerson() {
    const client = await clients.create({ ...validClient('Saba Haile'), consents });
    const other = await clients.create({ ...validClient('Piotr Nowak'), consents });
    const advice = await logAdvice(
      { clientId: client.id, date: '2026-11-02', adviserName: 'Aisha', categories: ['housing'], outcome: 'ongoing', minutes: 20, followUpDate: '2026-11-10' },
      TODAY,
    );
    await logAdvice({ clientId: other.id, date: '2026-11-03', adviserName: 'Aisha', categories: ['housing'], outcome: 'ongoing', minutes: 20, followUpDate: '2026-11-12' }, TODAY);
    const service = await services.create({ name: 'Law centre' });
    const draft = await createReferral(
      { clientId: client.id, serviceId: service.id, reasonCategory: 'housing', date: '2026-11-02', followUpDue: '2026-11-09', sharedFields: ['name'] },
      false,
    );
    const referral = await changeReferralStatus(draft.id, 'sent');
    return { client, other, advice, referral };
  }

  it('leaves a restricted person out of the advice log, the referral lists and every follow-up, totals too, and brings them back when lifted', async () => {
    const p = await overduePerson();
    const shown = { adviceLog: [p.advice.id], followUps: [p.advice.id], referrals: [p.referral.id], overdue: [p.referral.id] };
    expect(await listed(p.client.id)).toEqual({ ids: shown, totals: { adviceLog: 2, followUps: 2, referrals: 1, overdue: 1 } });

    await restrictClient(p.client.id, TODAY, 'Fatima');
    expect(await listed(p.client.id)).toEqual({
      ids: { adviceLog: [], followUps: [], referrals: [], overdue: [] },
      totals: { adviceLog: 1, followUps: 1, referrals: 0, overdue: 0 },
    });
    // Still theirs, still stored, still correctable: only the lists leave them out.
    expect(await database.adviceEntries.where('clientId').equals(p.client.id).count()).toBe(1);
    await updateAdvice(p.advice.id, { clientId: p.client.id, date: '2026-11-02', adviserName: 'Aisha', categories: ['housing'], outcome: 'ongoing', minutes: 30, followUpDate: '2026-11-10' }, TODAY);
    expect((await listed(p.client.id)).ids.followUps).toEqual([]);

    await liftRestriction(p.client.id, { date: TODAY, recordedBy: 'Fatima' });
    expect(await listed(p.client.id)).toEqual({ ids: shown, totals: { adviceLog: 2, followUps: 2, referrals: 1, overdue: 1 } });
  });

  it('counts what it leaves out of the advice log and the referral lists, so a screen can say so', async () => {
    const p = await overduePerson();
    const adviceLeftOut = async (from: string) => adviceLogLeftOut(from, '2030-12-31', (await adviceLogPage(from, '2030-12-31', 0, 100)).total);
    const referralsLeftOutOf = async (statuses?: readonly ReferralStatus[]) => referralsLeftOut(statuses, await listedReferralCount(statuses));
    const leftOut = async () => ({ adviceLog: await adviceLeftOut(LONG_AGO), inHand: await referralsLeftOutOf(REFERRALS_IN_HAND), all: await referralsLeftOutOf() });
    expect(await leftOut()).toEqual({ adviceLog: 0, inHand: 0, all: 0 });
    await restrictClient(p.client.id, TODAY, 'Fatima');
    expect(await leftOut()).toEqual({ adviceLog: 1, inHand: 1, all: 1 });
    // Only within the period and statuses asked for: their entry is dated 2 November, their referral is sent.
    expect(await adviceLeftOut('2026-11-03')).toBe(0);
    expect(await referralsLeftOutOf(['draft'])).toBe(0);
    await liftRestriction(p.client.id, { date: TODAY, recordedBy: 'Fatima' });
    expect(await leftOut()).toEqual({ adviceLog: 0, inHand: 0, all: 0 });
  });

  it('holds the same when storage consent is withdrawn, and for a merged record that kept a restriction', async () => {
    const p = await overduePerson();
    await withdrawConsent(p.client.id, { consent: 'storage', date: TODAY, recordedBy: 'Fatima', then: 'restrict' });
    expect((await listed(p.client.id)).ids).toEqual({ adviceLog: [], followUps: [], referrals: [], overdue: [] });

    // The other record (unrestricted, with its own follow-up) merged into the restricted one: all of it is now restricted.
    await mergeClients(p.client.id, p.other.id, {});
    expect((await listed(p.client.id)).totals).toEqual({ adviceLog: 0, followUps: 0, referrals: 0, overdue: 0 });
  });
});

describe('lifting a restriction', () => {
  it('the person asked for leaves their consents as they were, and is audited with its reason', async () => {
    const p = await restrictedPerson();
    const lifted = await liftRestriction(p.client.id, { date: '2026-11-30', recordedBy: 'Ola' });
    expect(lifted.restriction).toBeUndefined();
    expect(lifted.consents.storage).toEqual(consents.storage);
    const audit = (await database.auditLog.toArray()).filter((e) => e.action === 'restrict-client' || e.action === 'lift-restriction');
    // Ids are random, so the entries are compared in a fixed order.
    expect(audit.map((e) => [e.action, e.subjectId, e.detail]).sort()).toEqual([
      ['lift-restriction', p.client.id, { reason: 'person-asked' }],
      ['restrict-client', p.client.id, { reason: 'person-asked' }],
    ]);
  });

  it('that followed withdrawn storage consent records that consent given again, with its date', async () => {
    const client = await clients.create({ ...validClient('Amina Yusuf'), consents });
    await withdrawConsent(client.id, { consent: 'storage', date: '2026-11-20', recordedBy: 'Fatima', then: 'restrict' });
    const lifted = await liftRestriction(client.id, { date: '2026-11-30', recordedBy: 'Ola' });
    expect(lifted.consents.storage).toEqual({ given: true, date: '2026-11-30', recordedBy: 'Ola' });
  });
});

describe('the client directory as screens see it', () => {
  it('names a restricted person by reference only and keeps none of their details', async () => {
    const p = await restrictedPerson();
    const other = await clients.create({ ...validClient('Piotr Nowak'), consents });
    const directory = withholdingRestricted(buildClientDirectory(await clients.list()), (ref) => `Restricted record, ${ref}`);
    expect(directory.nameOf(p.client.id)).toBe(`Restricted record, ${p.client.ref}`);
    expect(directory.nameOf(other.id)).toBe('Piotr Nowak');
    expect(JSON.stringify(directory.byId.get(p.client.id))).not.toMatch(/Saba|07700/);
    expect(directory.all.map((c) => c.id)).toEqual([other.id]);
    expect(directory.search('Saba')).toEqual([]);
  });

  it('lists the restricted records by reference, date and kind only, until lifted', async () => {
    const p = await restrictedPerson();
    await clients.create({ ...validClient('Piotr Nowak'), consents });
    const listed = async () => restrictedRecords(withholdingRestricted(buildClientDirectory(await clients.list()), (ref) => `Restricted record, ${ref}`));
    expect(await listed()).toEqual([{ clientId: p.client.id, ref: p.client.ref, since: TODAY, reason: 'person-asked' }]);
    await liftRestriction(p.client.id, { date: TODAY, recordedBy: 'Ola' });
    expect(await listed()).toEqual([]);
  });
});
