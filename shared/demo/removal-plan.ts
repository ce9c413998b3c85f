/**
 * Which demo records "Remove demo data" may delete. A record the forum entered itself is
 * never deleted, and neither is a demo record it points at (a real booking in a demo
 * session keeps that session and its clinic; a real referral to a demo service keeps the
 * service): deleting those would leave the forum's own record pointing at nothing.
 * Kept demo records keep what they point at too, so the whole chain stays readable.
 */
import type { DatasetTable } from './dataset';

/** The fields that point at another record, per table, and the table they point into. */
export const REFERENCES: Readonly<Record<DatasetTable, Readonly<Record<string, DatasetTable>>>> = {
  clients: {},
  clinics: {},
  services: {},
  volunteers: {},
  sessions: { clinicId: 'clinics' },
  appointments: { sessionId: 'sessions', clientId: 'clients', clinicId: 'clinics' },
  adviceEntries: { clientId: 'clients', adviserId: 'volunteers', clinicId: 'clinics', appointmentId: 'appointments' },
  referrals: { clientId: 'clients', serviceId: 'services', adviceEntryId: 'adviceEntries' },
  shifts: { sessionId: 'sessions', clinicId: 'clinics', volunteerId: 'volunteers' },
};

export interface LinkedRecord {
  id: string;
  demo?: true | undefined;
  [field: string]: unknown;
}

export type TableRecords = Readonly<Record<DatasetTable, readonly LinkedRecord[]>>;

export interface RemovalPlan {
  /** Demo record ids to delete, per table. */
  remove: Record<DatasetTable, string[]>;
  /** Demo record ids kept because a record of the forum's own needs them, per table. */
  keep: Record<DatasetTable, string[]>;
}

const tables = Object.keys(REFERENCES) as DatasetTable[];

export function planDemoRemoval(records: TableRecords): RemovalPlan {
  // Demo records by table and id, so a reference can be followed without a scan.
  const demo = new Map<DatasetTable, Map<string, LinkedRecord>>();
  for (const table of tables) demo.set(table, new Map(records[table].filter((r) => r.demo === true).map((r) => [r.id, r])));
  const kept = new Map<DatasetTable, Set<string>>(tables.map((t) => [t, new Set<string>()]));

  // Start from every record the forum entered, follow references into demo records, and
  // from each demo record kept, follow its own references in turn.
  const pending: Array<{ table: DatasetTable; record: LinkedRecord }> = [];
  for (const table of tables) for (const record of records[table]) if (record.demo !== true) pending.push({ table, record });
  while (pending.length > 0) {
    const { table, record } = pending.pop()!;
    for (const [field, target] of Object.entries(REFERENCES[table])) {
      const id = record[field];
      if (typeof id !== 'string') continue;
      const needed = demo.get(target)!.get(id);
      if (needed === undefined || kept.get(target)!.has(id)) continue;
      kept.get(target)!.add(id);
      pending.push({ table: target, record: needed });
    }
  }

  const remove = {} as Record<DatasetTable, string[]>;
  const keep = {} as Record<DatasetTable, string[]>;
  for (const table of tables) {
    const keepHere = kept.get(table)!;
    keep[table] = [...keepHere];
    remove[table] = [...demo.get(table)!.keys()].filter((id) => !keepHere.has(id));
  }
  return { remove, keep };
}
