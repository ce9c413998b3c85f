/**
 * Settings → Records that need attention: every stored record that no longer fits its
 * schema, with what is wrong (field paths and plain reasons), kept exactly as stored.
 * Each can be saved as JSON (it is the forum's own data) or corrected: its stored fields
 * are edited as JSON and written only once the whole record fits its schema again.
 */
import { readSettings } from '../../shared/schemas/read-settings';
import type { TableName } from '../db/database';
import { db } from '../db/instance';
import { TABLE_SCHEMAS } from './backup/table-schemas';
import { openEach, openFromStorage, prepareKeyFor } from './personal-fields';
import { checkStored, type RecordProblem } from './read-leniently';
import { parseForWrite, putRecord } from './record-store';
import { auditEntry } from './repositories/audit-log';
import { defaultSettings } from './repositories/settings';
import { CommandRefusedError, ValidationError } from './validation-error';
import { messageCode } from '../../shared/messages/message-code';
import { requirePermission } from '../security/permissions';

export interface RecordNeedingAttention {
  table: TableName;
  /** The record's key (the settings record's is "forum"). */
  id: string;
  /** How a volunteer recognises it: a client's reference, a session's date, a name. Absent
   * for the settings record and for a record with none of these: the screen words those. */
  label?: string;
  problems: RecordProblem[];
  /** Where its own form is, when it has one. */
  formPath?: string;
}

const FORM_PATHS: Partial<Record<TableName, (id: string) => string>> = {
  clients: (id) => `/clients/${id}/edit`,
  clinics: (id) => `/clinics/${id}/edit`,
  adviceEntries: (id) => `/advice/${id}/edit`,
  services: (id) => `/referrals/services/${id}/edit`,
  volunteers: (id) => `/volunteers/${id}/edit`,
  referrals: (id) => `/referrals/${id}`,
  sessions: (id) => `/clinics/sessions/${id}`,
};

const keyOf = (table: TableName, stored: unknown): string | undefined => {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const key = (stored as Record<string, unknown>)[table === 'settings' ? 'key' : 'id'];
  return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
};

function labelOf(table: TableName, record: Record<string, unknown>): string | undefined {
  if (table === 'settings') return undefined;
  const text = (key: string) => (typeof record[key] === 'string' && record[key] !== '' ? (record[key] as string) : undefined);
  const parts = [text('ref'), text('name'), text('date'), text('at')].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** Records read, opened and checked at a time: each step is short, and the page is free between steps. */
const SCAN_STEP = 500;
const pageIsFree = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * One table, a step at a time in primary key order (a large forum holds 450,000 records:
 * read, decrypted and checked at once they held the page for seconds).
 */
async function scanTable(table: TableName): Promise<RecordNeedingAttention[]> {
  const found: RecordNeedingAttention[] = [];
  let after: unknown;
  for (;;) {
    const step = after === undefined ? db().table(table).toCollection() : db().table(table).where(':id').above(after);
    const keys = await step.limit(SCAN_STEP).primaryKeys();
    if (keys.length === 0) return found;
    const stored: unknown[] = await db().table(table).bulkGet(keys);
    found.push(...(await checkStep(table, keys, stored)));
    if (keys.length < SCAN_STEP) return found;
    after = keys[keys.length - 1];
    await pageIsFree();
  }
}

async function checkStep(table: TableName, keys: readonly unknown[], storedAll: readonly unknown[]): Promise<RecordNeedingAttention[]> {
  const found: RecordNeedingAttention[] = [];
  const schema = TABLE_SCHEMAS[table];
  const openedAll = await openEach(table, storedAll);
  storedAll.forEach((stored, index) => {
      if (stored === undefined) return; // deleted between the two reads of this step
      const id = keyOf(table, stored) ?? String(keys[index]);
      const opened = openedAll[index];
      const problems =
        table === 'settings'
          ? readSettings(opened, defaultSettings()).problems
          : checkStored(schema, opened);
      if (problems.length === 0) return;
      const record = typeof opened === 'object' && opened !== null ? (opened as Record<string, unknown>) : {};
      const formPath = FORM_PATHS[table]?.(id);
      const label = labelOf(table, record);
      found.push({ table, id, ...(label ? { label } : {}), problems, ...(formPath ? { formPath } : {}) });
    });
  return found;
}

/** Every stored record that does not fit its schema, table by table. */
export async function findRecordsNeedingAttention(): Promise<RecordNeedingAttention[]> {
  requirePermission('settings.write');
  const found: RecordNeedingAttention[] = [];
  for (const table of Object.keys(TABLE_SCHEMAS) as TableName[]) {
    // The directory's snapshot and the report's facts are not records anyone corrects: one that does not open is worked out again.
    if (table !== 'directorySnapshots' && table !== 'reportFacts') found.push(...(await scanTable(table)));
  }
  return found;
}

/** The record exactly as stored (personal fields opened), as readable JSON. */
export async function storedRecordJson(table: TableName, id: string): Promise<string> {
  requirePermission('settings.write');
  const stored: unknown = await db().table(table).get(id);
  if (stored === undefined) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'record' }));
  return JSON.stringify(await openFromStorage(table, stored as object), null, 2);
}

/** Logs that a record was saved to a file: which table, never what it held. */
export async function recordRecordExport(table: TableName): Promise<void> {
  requirePermission('settings.write');
  await db().transaction('rw', db().auditLog, () => db().auditLog.add(auditEntry('export-record', { table })));
}

/**
 * Replaces a stored record with corrected fields, given as JSON. Written only when the
 * whole record fits its schema (its key cannot change); otherwise ValidationError says
 * which fields are still wrong and nothing is written.
 */
export async function correctStoredRecord(table: TableName, id: string, json: string): Promise<void> {
  requirePermission('settings.write');
  let value: unknown;
  try {
    value = JSON.parse(json) as unknown;
  } catch {
    throw new ValidationError(table, [{ path: ['(record)'], message: messageCode('common:refusal.invalidJson') }]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError(table, [{ path: ['(record)'], message: messageCode('common:refusal.oneJsonObject') }]);
  }
  if (keyOf(table, value) !== id) {
    throw new ValidationError(table, [{ path: [table === 'settings' ? 'key' : 'id'], message: messageCode('common:refusal.idCannotChange') }]);
  }
  const record = parseForWrite(table, TABLE_SCHEMAS[table], value) as object;
  // A record that never had a data key (written behind the app's back) gets one first:
  // none can be made inside the write's transaction.
  await prepareKeyFor(table, record);
  const database = db();
  await database.transaction('rw', database.table(table), database.auditLog, async () => {
    if ((await database.table(table).get(id)) === undefined) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'record' }));
    await putRecord(database.table(table), table, record);
    await database.auditLog.add(auditEntry('fix-record', { table }));
  });
}
