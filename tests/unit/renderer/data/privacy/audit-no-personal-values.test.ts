// @vitest-environment node
/**
 * The audit log holds ids, kinds and counts, never a personal value: every kind of entry
 * the app writes is made here from a person whose every personal field carries a marker,
 * and the whole log is then searched for those markers.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyServicesImport,
  bookAppointment,
  clients,
  correctStoredRecord,
  createClinic,
  createReferral,
  deleteMistakenClient,
  eraseClient,
  erasePastRetention,
  importClients,
  liftRestriction,
  loadDemoData,
  logAdvice,
  mergeClients,
  recordBackupMade,
  recordClientOpened,
  recordFileExport,
  recordRecordExport,
  recordReportExport,
  removeDemoData,
  restrictClient,
  services,
  sessionsOfClinicBetween,
  storedRecordJson,
  withdrawConsent,
} from '../../../../../renderer/data';
import { withAuditTrail } from '../../../../../renderer/db/audit-trail';
import { SignpostDatabase } from '../../../../../renderer/db/database';
import { replaceDatabase } from '../../../../../renderer/db/instance';
import { fixedClock, setClock } from '../../../../../renderer/platform/clock';
import { setSignedInUser } from '../../../../../renderer/security/session';
import { planImport } from '../../../../../shared/services/hsds-import';
import { AUDIT_ACTIONS, EXPORT_KINDS } from '../../../../../shared/schemas';
import { validClinic } from '../fresh-database';

/** Kinds no command writes any more (kept so old entries still read), or made only by a restore. */
const NOT_WRITTEN_HERE = new Set(['print', 'export-client-data', 'restore-backup']);
const MARK = 'Zqx';
const TODAY = '2026-11-24';

let database: SignpostDatabase;
let restoreClock: () => void;
beforeEach(() => {
  database = withAuditTrail(new SignpostDatabase('signpost-test', { indexedDB: new IDBFactory(), IDBKeyRange }));
  replaceDatabase(database);
  restoreClock = setClock(fixedClock('2026-11-24T09:00:00Z'));
  setSignedInUser({ userId: 'user-7', name: `${MARK} Volunteer`, role: 'administrator' });
});
afterEach(() => {
  restoreClock();
  setSignedInUser(null);
});

const marked = (n: number) => ({
  name: `${MARK}name${n}`,
  nameLatin: `${MARK}latin${n}`,
  phone: `07700 9${String(n).padStart(5, '0')}`,
  email: `${MARK.toLowerCase()}${n}@example.org`,
  languages: ['fas'],
  consents: {
    storage: { given: true, date: '2026-01-01', recordedBy: `${MARK}recorder` },
    sharing: { given: true, date: '2026-01-01', recordedBy: `${MARK}recorder` },
    contact: { given: true, date: '2026-01-01', recordedBy: `${MARK}recorder` },
  },
});

describe('the audit log', () => {
  it('holds no personal value in any kind of entry', async () => {
    const person = await clients.create(marked(1));
    const twin = await clients.create(marked(2));
    const { clinic } = await createClinic({ ...validClinic, name: 'Drop-in', kind: 'appointments', startDate: TODAY, placesPerSlot: 2 }, TODAY);
    const [session] = await sessionsOfClinicBetween(clinic.id, TODAY, TODAY);
    await bookAppointment({ sessionId: session!.id, clientId: person.id, slotTime: '10:30', purpose: `${MARK}purpose` }, { date: TODAY, time: '08:00' });
    await logAdvice({ clientId: person.id, date: TODAY, adviserName: `${MARK}adviser`, categories: ['housing'], outcome: 'advice-given', minutes: 20, notes: `${MARK}notes`, actions: `${MARK}actions` }, TODAY);
    const service = await services.create({ name: 'Law centre' });
    await createReferral({ clientId: person.id, serviceId: service.id, reasonCategory: 'housing', date: TODAY, sharedFields: ['name'], details: `${MARK}details` }, true);
    await recordClientOpened(person.id);
    for (const kind of EXPORT_KINDS) await recordFileExport(kind, { format: 'pdf', subjectId: person.id, count: 1 });
    await recordReportExport({ period: { from: '2026-01', to: '2026-12' }, formats: ['csv'], threshold: 10, rounding: 5, clinic: false });
    await importClients([marked(3)], { format: 'csv', encoding: 'utf-8', duplicates: 0, refused: 0 });
    await applyServicesImport(planImport({ services: [{ hsdsId: 'svc-1', input: { name: 'Food bank' } }] }, await services.list()), 'csv');
    await loadDemoData();
    await removeDemoData();
    await recordRecordExport('clients');
    // The correction screen shows the record opened (storedRecordJson), and is edited as such.
    const shown = JSON.parse(await storedRecordJson('clients', person.id)) as object;
    await correctStoredRecord('clients', person.id, JSON.stringify({ ...shown, phone: '07700 900777' }));
    await recordBackupMade({ fileName: 'signpost-2026-11-24-090000.spbackup', encrypted: true, counts: { clients: 3 } } as never, 'download');
    await withdrawConsent(person.id, { consent: 'contact', date: TODAY, recordedBy: `${MARK}recorder` });
    await restrictClient(twin.id, TODAY, `${MARK}recorder`);
    await liftRestriction(twin.id, { date: TODAY, recordedBy: `${MARK}recorder` });
    await mergeClients(person.id, twin.id, { name: 'other' });
    const mistaken = await clients.create(marked(4));
    await deleteMistakenClient(mistaken.id);
    const old = await clients.create(marked(5));
    await erasePastRetention([old.id], () => undefined);
    await eraseClient(person.id);

    const log = await database.auditLog.toArray();
    const written = new Set(log.map((entry) => entry.action));
    expect(AUDIT_ACTIONS.filter((action) => !written.has(action) && !NOT_WRITTEN_HERE.has(action))).toEqual([]);
    const text = JSON.stringify(log);
    expect(text).not.toContain(MARK);
    expect(text).not.toContain(MARK.toLowerCase());
    expect(text).not.toMatch(/07700 ?9\d{5}/);
    // Every entry names its actor by id and role only.
    expect(log.every((entry) => entry.actorId === 'user-7' && entry.actorRole === 'administrator')).toBe(true);
  });
});
