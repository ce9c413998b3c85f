/**
 * "The forum had data, and now the database is empty": the one state where Signpost
 * must not greet the forum with "Register the first person". The fact that it had data
 * is kept outside IndexedDB (backup-status.ts), so it outlives the database.
 */
import type { AuditEntry } from '../../../shared/schemas';
import type { SignpostDatabase } from '../../db/database';
import { db } from '../../db/instance';

/** What a first run writes before anyone enters a record: not the forum's records. */
const SET_UP_TABLES = new Set(['settings', 'users', 'dataKeys', 'vault']);

/**
 * Not a single record in any table: not even the audit log of a demo load. The first
 * run's own writes (the forum's name, the administrator, the keys) do not count: a
 * database emptied and set up again still has lost the forum's records.
 */
export async function databaseIsEmpty(database: SignpostDatabase = db()): Promise<boolean> {
  // One key per table, not a count: counting walks every key of a large table.
  for (const table of database.tables) {
    if (SET_UP_TABLES.has(table.name)) continue;
    if (table.name === 'auditLog') {
      if (await database.auditLog.filter((entry) => !isSetUpWrite(entry)).first()) return false;
      continue;
    }
    if ((await table.limit(1).primaryKeys()).length > 0) return false;
  }
  return true;
}

/** The audit trail's note of first run's own writes ("users:put", "vault:put"), which do not count either. */
function isSetUpWrite(entry: AuditEntry): boolean {
  return entry.action === 'write' && Object.keys(entry.detail).every((key) => SET_UP_TABLES.has(key.split(':')[0] ?? ''));
}
