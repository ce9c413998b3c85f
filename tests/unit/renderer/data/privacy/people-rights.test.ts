// @vitest-environment node
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bookAppointment,
  clients,
  createClinic,
  createReferral,
  deleteMistakenClient,
  eraseClient,
  erasePastRetention,
  liftRestriction,
  loadReportInput,
  logAdvice,
  mergeClients,
  peoplePastRetention,
  restrictClient,
  RightsRefusedError,
  saveSettings,
  services,
  sessionsOfClinicBetween,
  subjectAccessJson,
  subjectAccessRecord,
  withdrawConsent,
  recordClientOpened,
} from '../../../../../renderer/data';
import { buildClientDirectory } from '../../../../../renderer/data/client-directory';
import { withAuditTrail } from '../../../../../renderer/db/audit-trail';
import { SignpostDatabase } from '../../../../../renderer/db/database';
import { replaceDatabase } from '../../../../../renderer/db/instance';
import { fixedClock, setClock } from '../../../../../renderer/platform/clock';
import { setSignedInUser } from '../../../../../renderer/security/session';
import { validClient, validClinic } from '../fresh-database';

const TODAY = '2026-11-24';
const YEAR_2026 = { from: '2026-01', to: '2026-12' };
let database: SignpostDatabase;
let restoreClock: () => void;
beforeEach(() => {
  database = withAuditTrail(new SignpostDatabase('signpost-test', { indexedDB: new IDBFactory(), IDBKeyRange }));
  replaceDatabase(database);
  restoreClock = setClock(fixedClock('2026-11-24T09:00:00Z'));
  setSignedInUser({ userId: 'admin-1', name: 'Claire', role: 'administrator' });
});
afterEach(() => {
  restoreClock();
  setSignedInUser(null);
});

const consented = (name: string, extra: object = {}) => ({
  ...validClient(name),
  phone: '07700 900555',
  consents: {
    storage: { given: true, date: '2026-01-10', recordedBy: 'Fatima' },
    sharing: { given: true, date: '2026-01-10', recordedBy: 'Fatima' },
  },
  ...extra,
});

/** A person with an appointment, an advice entry and a referral. */
async function personWithHistory(name = 'Leyla Ahmadi') {
  const client = await clients.create(consented(name));
  const { clinic } = await createClinic({ ...validClinic, kind: 'appointments', startDate: TODAY, placesPerSlot: 2 }, TODAY);
  const [session] = await sessionsOfClinicBetween(clinic.id, TODAY, TODAY);
  const appointment = await bookAppointment({ sessionId: session!.id, clientId: client.id, slotTime: '10:30', purpose: 'Letter about rent arrears' }, { date: TODAY, time: '08:00' });
  const advice = await logAdvice({ clientId: client.id, date: TODAY, adviserName: 'Aisha', categories: ['housing'], outcome: 'advice-given', minutes: 20, notes: 'Landlord threatened eviction' }, TODAY);
  const service = await services.create({ name: 'Law centre' });
  const referral = await createReferral({ clientId: client.id, serviceId: service.id, reasonCategory: 'housing', date: TODAY, sharedFields: ['name'], details: 'Needs a housing solicitor' }, true);
  return { client, appointment, advice, referral, session: session!, clinic };
}

async function everythingStored(): Promise<string> {
  const tables = await Promise.all(database.tables.map(async (table) => JSON.stringify(await table.toArray())));
  return tables.join('\n');
}

describe('erasure', () => {
  it('removes the person from every table in one go, destroys their data key, and leaves only "an erased record" in the audit log', async () => {
    const { client } = await personWithHistory();
    expect(await database.dataKeys.get(client.id)).toBeDefined();
    await recordClientOpened(client.id);
    const counts = await eraseClient(client.id);
    expect(counts).toEqual({ clients: 1, appointments: 1, adviceEntries: 1, referrals: 1 });
    const stored = await everythingStored();
    for (const trace of [client.id, 'Leyla', '07700 900555', 'eviction', 'rent arrears', 'housing solicitor']) expect(stored).not.toContain(trace);
    expect(await database.dataKeys.get(client.id)).toBeUndefined();
    const about = await database.auditLog.where('subjectId').equals('erased').toArray();
    expect(about.map((e) => e.action)).toEqual(expect.arrayContaining(['open-client', 'erase-client']));
    expect(about.find((e) => e.action === 'erase-client')).toMatchObject({ actorId: 'admin-1', actorRole: 'administrator' });
  });

  it('writes nothing when a part fails', async () => {
    const { client } = await personWithHistory();
    database.referrals.hook('deleting', () => {
      throw new Error('disk');
    });
    await expect(eraseClient(client.id)).rejects.toThrow();
    expect(await database.clients.get(client.id)).toBeDefined();
    expect(await database.appointments.where('clientId').equals(client.id).count()).toBe(1);
  });

  it('refuses a client that is not there, by a typed error', async () => {
    const refusal = await eraseClient('nobody').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(RightsRefusedError);
    expect((refusal as RightsRefusedError).reason).toBe('client-missing');
  });

  it('stops the person counting in reports, past periods included', async () => {
    const { client } = await personWithHistory();
    const before = await loadReportInput(YEAR_2026);
    expect(before.clients.map((c) => c.id)).toContain(client.id);
    await eraseClient(client.id);
    const after = await loadReportInput(YEAR_2026);
    expect(after.clients).toHaveLength(0);
    expect(after.appointments).toHaveLength(0);
  });
});

describe('withdrawn consent', () => {
  it('records sharing consent withdrawn, with its date and who recorded it', async () => {
    const client = await clients.create(consented('Piotr Nowak'));
    const result = await withdrawConsent(client.id, { consent: 'sharing', date: '2026-11-20', recordedBy: 'Fatima' });
    expect(result.kind).toBe('recorded');
    const saved = await clients.get(client.id);
    expect(saved?.consents.sharing).toEqual({ given: false, date: '2026-11-20', recordedBy: 'Fatima' });
    expect(saved?.withdrawals).toEqual([{ consent: 'sharing', date: '2026-11-20', recordedBy: 'Fatima' }]);
    const entry = (await database.auditLog.toArray()).find((e) => e.action === 'withdraw-consent');
    expect(entry).toMatchObject({ subjectId: client.id, detail: { consent: 'sharing' } });
  });

  it('restricts the record when storage consent is withdrawn: kept, out of lists, search and reports, until consent is given again', async () => {
    const { client } = await personWithHistory('Saba Haile');
    const result = await withdrawConsent(client.id, { consent: 'storage', date: '2026-11-21', recordedBy: 'Fatima', then: 'restrict' });
    expect(result.kind).toBe('restricted');
    const saved = await clients.get(client.id);
    expect(saved?.restriction).toEqual({ since: '2026-11-21', reason: 'storage-consent-withdrawn', recordedBy: 'Fatima' });
    const directory = buildClientDirectory(await clients.list());
    expect(directory.all).toHaveLength(0);
    expect(directory.search('Saba')).toHaveLength(0);
    expect(directory.nameOf(client.id)).toBe('Saba Haile');
    const report = await loadReportInput(YEAR_2026);
    expect(report.clients).toHaveLength(0);
    expect(report.adviceEntries).toHaveLength(0);
    expect(report.referrals).toHaveLength(0);

    await liftRestriction(client.id, { date: '2026-11-23', recordedBy: 'Fatima' });
    const lifted = await clients.get(client.id);
    expect(lifted?.restriction).toBeUndefined();
    expect(lifted?.consents.storage).toEqual({ given: true, date: '2026-11-23', recordedBy: 'Fatima' });
    expect((await loadReportInput(YEAR_2026)).clients).toHaveLength(1);
  });

  it('erases the record when storage consent is withdrawn and the person wants it gone', async () => {
    const { client } = await personWithHistory();
    const result = await withdrawConsent(client.id, { consent: 'storage', date: '2026-11-21', recordedBy: 'Fatima', then: 'erase' });
    expect(result).toEqual({ kind: 'erased', counts: { clients: 1, appointments: 1, adviceEntries: 1, referrals: 1 } });
    expect(await database.clients.count()).toBe(0);
    expect(await everythingStored()).not.toContain(client.id);
  });

  it('restricts at the person’s request, and refuses to restrict twice or to withdraw a consent never given', async () => {
    const client = await clients.create(validClient('Amina Yusuf'));
    await restrictClient(client.id, TODAY, 'Fatima');
    await expect(restrictClient(client.id, TODAY, 'Fatima')).rejects.toMatchObject({ reason: 'already-restricted' });
    await expect(withdrawConsent(client.id, { consent: 'contact', date: TODAY, recordedBy: 'Fatima' })).rejects.toMatchObject({ reason: 'consent-not-given' });
  });
});

describe('a mistaken record', () => {
  it('is deleted when it has no history', async () => {
    const client = await clients.create(validClient('Registered Twice'));
    await deleteMistakenClient(client.id);
    expect(await database.clients.count()).toBe(0);
    expect((await database.auditLog.toArray()).some((e) => e.action === 'delete-client')).toBe(true);
  });

  it('is refused, writing nothing, when it has appointments, advice or referrals', async () => {
    const { client } = await personWithHistory();
    await expect(deleteMistakenClient(client.id)).rejects.toMatchObject({ reason: 'has-history' });
    expect(await database.clients.get(client.id)).toBeDefined();
  });
});

describe('merging two records of one person', () => {
  it('moves every history to the kept record, takes the chosen details, keeps withdrawn consents, and removes the other', async () => {
    const first = await personWithHistory('Hamid Rahimi');
    const second = await clients.create(consented('Hamid R.', { nameLatin: 'Hamid Rahimi', phone: '07700 900999' }));
    await withdrawConsent(second.id, { consent: 'sharing', date: '2026-11-22', recordedBy: 'Fatima' });
    expect(await database.dataKeys.get(second.id)).toBeDefined();
    const { client, moved } = await mergeClients(second.id, first.client.id, { name: 'other', phone: 'kept' });
    expect(moved).toEqual({ appointments: 1, adviceEntries: 1, referrals: 1 });
    expect(client).toMatchObject({ id: second.id, name: 'Hamid Rahimi', nameLatin: 'Hamid Rahimi', phone: '07700 900999' });
    expect(client.consents.sharing).toMatchObject({ given: false, date: '2026-11-22' });
    expect(await database.clients.get(first.client.id)).toBeUndefined();
    expect(await database.dataKeys.get(first.client.id)).toBeUndefined();
    expect(await database.appointments.where('clientId').equals(second.id).count()).toBe(1);
    expect(await database.adviceEntries.where('clientId').equals(second.id).count()).toBe(1);
    expect(await database.referrals.where('clientId').equals(second.id).count()).toBe(1);
    expect(await database.auditLog.where('subjectId').equals(first.client.id).count()).toBe(0);
    const merge = (await database.auditLog.toArray()).find((e) => e.action === 'merge-clients');
    expect(merge).toMatchObject({ subjectId: second.id, detail: { appointments: 1, adviceEntries: 1, referrals: 1 } });
  });

  it('refuses to merge a record with itself', async () => {
    const client = await clients.create(validClient());
    await expect(mergeClients(client.id, client.id, {})).rejects.toMatchObject({ reason: 'same-record' });
  });
});

describe('retention', () => {
  it('lists people whose last contact is older than the period, and erases them a batch at a time with progress', async () => {
    restoreClock();
    restoreClock = setClock(fixedClock('2018-03-01T09:00:00Z'));
    const old = await Promise.all(['Old One', 'Old Two', 'Old Three'].map((n) => clients.create(validClient(n))));
    restoreClock();
    restoreClock = setClock(fixedClock('2026-11-24T09:00:00Z'));
    const recent = await clients.create(validClient('Came This Year'));
    const review = await peoplePastRetention(TODAY);
    expect(review.years).toBe(6);
    expect(review.people.map((p) => p.client.name).sort()).toEqual(['Old One', 'Old Three', 'Old Two']);
    expect(review.people[0]?.lastContact).toBe('2018-03-01');

    await saveSettings({ retentionYears: 10 });
    expect((await peoplePastRetention(TODAY)).people).toHaveLength(0);
    await saveSettings({ retentionYears: 6 });

    const progress: [number, number][] = [];
    await erasePastRetention(old.map((c) => c.id), (done, total) => progress.push([done, total]), 2);
    expect(progress).toEqual([[2, 3], [3, 3]]);
    expect((await clients.list()).map((c) => c.id)).toEqual([recent.id]);
    expect((await database.auditLog.toArray()).filter((e) => e.action === 'erase-past-retention')).toHaveLength(2);
  });
});

describe('subject access', () => {
  it('gathers the whole record, with who opened it, as readable JSON', async () => {
    const { client } = await personWithHistory();
    await recordClientOpened(client.id);
    const record = await subjectAccessRecord(client.id, '2026-11-24T09:00:00.000Z');
    expect(record.client.name).toBe('Leyla Ahmadi');
    expect(record.appointments).toHaveLength(1);
    expect(record.appointments[0]?.clinicName).toBe('Daily drop-in');
    expect(record.advice[0]).toMatchObject({ notes: 'Landlord threatened eviction', categoryLabels: ['Housing and homelessness'] });
    expect(record.referrals[0]).toMatchObject({ serviceName: 'Law centre' });
    expect(record.accessLog.map((e) => e.action)).toContain('open-client');
    expect(record.accessLog.find((e) => e.action === 'open-client')).toMatchObject({ role: 'administrator' });
    const json = JSON.parse(subjectAccessJson(record));
    expect(json).toMatchObject({ format: 'signpost-subject-access', version: 1, client: { name: 'Leyla Ahmadi' } });
  });
});
