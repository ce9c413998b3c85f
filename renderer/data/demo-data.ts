/**
 * "Load demo data" and "Remove demo data" from Settings. Every demo record is marked
 * `demo: true`, so removing deletes only those and never a record the forum typed.
 * Each is one transaction over every table: it happens completely or not at all.
 */
import type { DataKeyRow } from '../../shared/security/vault-records';
import { DEMO_SEED, DATASET_TABLES, type DatasetTable, type ForumDataset } from '../../shared/demo/dataset';
import { planDemoRemoval, type LinkedRecord } from '../../shared/demo/removal-plan';
import { generateForum } from '../../shared/demo/generate';
import { loadBankHolidays, type BankHolidays } from '../../shared/schedule/bank-holidays';
import { db } from '../db/instance';
import { localNow } from '../platform/clock';
import { auditEntry } from './repositories/audit-log';
import { formatClientRef } from './repositories/clients';
import { volunteerKeyId } from '../security/data-keys';
import { oweErasureKeyRotation } from '../security/erasure-key';
import { withErasureKeyReplaced } from './privacy/erasure';
import { dropDirectorySnapshot } from './directory-snapshot';
import { sealBatch } from './personal-fields';
import { CommandRefusedError } from './validation-error';
import { messageCode } from '../../shared/messages/message-code';
import { requirePermission } from '../security/permissions';

export type ForumGenerator = (options: { seed: number; scale: 'demo'; today: string; holidays?: BankHolidays }) => ForumDataset;

export { DEMO_SEED };

function allTables() {
  const database = db();
  return [...DATASET_TABLES.map((name) => database.table(name)), database.auditLog, database.dataKeys, database.directorySnapshots];
}

/**
 * True between a demo load and its removal. Read from the audit log (small, indexed by
 * time) rather than by scanning every table for demo records, which at the ten-year scale
 * would read 400,000 records each time any table changed.
 */
export async function isDemoDataLoaded(): Promise<boolean> {
  // It reads the audit log; only the demo-data panel in Settings asks.
  requirePermission('settings.write');
  const last = await db()
    .auditLog.orderBy('at')
    .reverse()
    .filter((entry) => entry.action === 'load-demo-data' || entry.action === 'remove-demo-data')
    .first();
  return last?.action === 'load-demo-data';
}

export async function loadDemoData(
  generate: ForumGenerator = generateForum,
  today: string = localNow().date,
): Promise<Record<string, number>> {
  requirePermission('settings.write');
  // The demo forum closes on England and Wales' bank holidays, as a new forum does.
  const dataset = generate({ seed: DEMO_SEED, scale: 'demo', today, holidays: await loadBankHolidays() });
  const database = db();
  // Sealed before the transaction opens (WebCrypto would let it commit half-way), with a
  // new data key per client and volunteer, written with the records.
  const sealed = {} as Record<DatasetTable, object[]>;
  const newKeys: DataKeyRow[] = [];
  for (const name of DATASET_TABLES) {
    const batch = await sealBatch(name, dataset[name].map((record) => ({ ...record, demo: true as const })));
    sealed[name] = batch.records;
    newKeys.push(...batch.newKeys);
  }
  return database.transaction('rw', allTables(), async () => {
    if (await isDemoDataLoaded()) throw new CommandRefusedError(messageCode('common:refusal.demoAlreadyLoaded'));
    // Demo clients are numbered after the forum's own, so references never clash (the
    // reference is not sealed: it is how a client is looked up).
    const last = await database.clients.orderBy('ref').last();
    const offset = last ? Number.parseInt(last.ref.slice(2), 10) : 0;
    sealed.clients = sealed.clients.map((client, i) => ({ ...client, ref: formatClientRef(offset + i + 1) }));
    await database.dataKeys.bulkPut(newKeys);
    const counts: Record<string, number> = {};
    for (const name of DATASET_TABLES) {
      await database.table(name).bulkPut(sealed[name]);
      counts[name] = sealed[name].length;
    }
    await database.auditLog.add(auditEntry('load-demo-data', counts));
    return counts;
  });
}

export interface DemoRemoval {
  /** Demo records deleted, per table. */
  removed: Record<DatasetTable, number>;
  /** Demo records kept because the forum's own records point at them, per table. */
  kept: Record<DatasetTable, number>;
}

/**
 * Deletes the demo records, in every table, in one transaction. The forum's own records
 * are never deleted, nor any demo record they need (see shared/demo/removal-plan.ts).
 */
export async function removeDemoData(): Promise<DemoRemoval> {
  requirePermission('settings.write');
  const database = db();
  return withErasureKeyReplaced(database.transaction('rw', allTables(), async () => {
    const records = {} as Record<DatasetTable, LinkedRecord[]>;
    for (const name of DATASET_TABLES) records[name] = (await database.table(name).toArray()) as LinkedRecord[];
    const plan = planDemoRemoval(records);
    const removed = {} as Record<DatasetTable, number>;
    const kept = {} as Record<DatasetTable, number>;
    for (const name of DATASET_TABLES) {
      await database.table(name).bulkDelete(plan.remove[name]);
      removed[name] = plan.remove[name].length;
      kept[name] = plan.keep[name].length;
    }
    // Their data keys go too, and then the erasure key: any copy of their sealed values
    // left on disk opens no more.
    oweErasureKeyRotation();
    await database.dataKeys.bulkDelete([...plan.remove.clients, ...plan.remove.volunteers.map(volunteerKeyId)]);
    // So does the directory's snapshot, which holds the demo clients too.
    await dropDirectorySnapshot();
    const keptDetail = Object.fromEntries(
      DATASET_TABLES.filter((name) => kept[name] > 0).map((name) => [`kept ${name}`, kept[name]]),
    );
    await database.auditLog.add(auditEntry('remove-demo-data', { ...removed, ...keptDetail }));
    return { removed, kept };
  }));
}
