/**
 * "Load demo data" and "Remove demo data" from Settings. Every demo record is marked
 * `demo: true`, so removing deletes exactly those and never a record the forum typed.
 * Each is one transaction over every table: it happens completely or not at all.
 */
import { DATASET_TABLES, type ForumDataset } from '../../shared/demo/dataset';
import { generateForum } from '../../shared/demo/generate';
import { formatIsoDate } from '../../shared/schedule/dates';
import { db } from '../db/instance';
import { auditEntry } from './repositories/audit-log';
import { formatClientRef } from './repositories/clients';
import { bulkPutRecords } from './record-store';
import { CommandRefusedError } from './validation-error';

export type ForumGenerator = (options: { seed: number; scale: 'demo'; today: string }) => ForumDataset;

export const DEMO_SEED = 2026;

function allTables() {
  const database = db();
  return [...DATASET_TABLES.map((name) => database.table(name)), database.auditLog];
}

/**
 * True between a demo load and its removal. Read from the audit log (small, indexed by
 * time) rather than by scanning every table for demo records, which at the ten-year scale
 * would read 400,000 records each time any table changed.
 */
export async function isDemoDataLoaded(): Promise<boolean> {
  const last = await db()
    .auditLog.orderBy('at')
    .reverse()
    .filter((entry) => entry.action === 'load-demo-data' || entry.action === 'remove-demo-data')
    .first();
  return last?.action === 'load-demo-data';
}

export async function loadDemoData(
  generate: ForumGenerator = generateForum,
  today: string = formatIsoDate(new Date()),
): Promise<Record<string, number>> {
  const dataset = generate({ seed: DEMO_SEED, scale: 'demo', today });
  const database = db();
  return database.transaction('rw', allTables(), async () => {
    if (await isDemoDataLoaded()) throw new CommandRefusedError('The demo data is already loaded.');
    // Demo clients are numbered after the forum's own, so references never clash.
    const last = await database.clients.orderBy('ref').last();
    const offset = last ? Number.parseInt(last.ref.slice(2), 10) : 0;
    dataset.clients = dataset.clients.map((client, i) => ({ ...client, ref: formatClientRef(offset + i + 1) }));
    const counts: Record<string, number> = {};
    for (const name of DATASET_TABLES) {
      const records = dataset[name].map((record) => ({ ...record, demo: true as const }));
      await bulkPutRecords(database.table(name), name, records);
      counts[name] = records.length;
    }
    await database.auditLog.add(auditEntry('load-demo-data', counts));
    return counts;
  });
}

/** Deletes every record marked demo, in every table; the forum's own records stay. */
export async function removeDemoData(): Promise<Record<string, number>> {
  const database = db();
  return database.transaction('rw', allTables(), async () => {
    const counts: Record<string, number> = {};
    // Records made while trying the demo out (a booking, a shift, advice for a demo client)
    // hang on demo records: they go with them, so nothing is left pointing at nothing.
    const demoIds = async (name: string) =>
      new Set((await database.table(name).filter((r: { demo?: true }) => r.demo === true).primaryKeys()) as string[]);
    const clients = await demoIds('clients');
    const sessions = await demoIds('sessions');
    const clinics = await demoIds('clinics');
    const volunteers = await demoIds('volunteers');
    const services = await demoIds('services');
    const hangsOnDemo = (r: { demo?: true; clientId?: string; sessionId?: string; clinicId?: string; volunteerId?: string; serviceId?: string }) =>
      r.demo === true ||
      (r.clientId !== undefined && clients.has(r.clientId)) ||
      (r.sessionId !== undefined && sessions.has(r.sessionId)) ||
      (r.clinicId !== undefined && clinics.has(r.clinicId) && r.sessionId !== undefined) ||
      (r.volunteerId !== undefined && volunteers.has(r.volunteerId) && r.sessionId !== undefined) ||
      (r.serviceId !== undefined && services.has(r.serviceId));
    for (const name of DATASET_TABLES) {
      counts[name] = await database.table(name).filter(hangsOnDemo).delete();
    }
    await database.auditLog.add(auditEntry('remove-demo-data', counts));
    return counts;
  });
}
