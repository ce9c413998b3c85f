/**
 * Encrypts, in place, a database written before encryption at rest: every record still
 * holding personal fields in the clear is sealed (personal-fields.ts), with a new data key
 * for each client and volunteer, all in one transaction, nothing dropped (a damaged
 * record is sealed exactly as it is). Runs at each sign-in, once the keys are held; with
 * nothing left in the clear it only reads.
 *
 * Sealing is WebCrypto, so it happens before the transaction opens; inside it, each
 * record is checked to be unchanged since it was read (its updatedAt), or the whole
 * migration is tried again.
 *
 * Reading every record to look costs seconds on a large forum (450,000 records), so once
 * nothing is left in the clear the forum's vault row says so (`recordsSealedAt`) and later
 * sign-ins do not look again: every write the app makes is sealed. A database restored
 * from a backup made before encryption has no such mark, and is looked through again.
 */
import type { DataKeyRow } from '../../shared/security/vault-records';
import type { TableName } from '../db/database';
import { db } from '../db/instance';
import { holdsPlainPersonalFields, openStored, PERSONAL_FIELDS, sealBatch } from './personal-fields';

const TABLES = (Object.keys(PERSONAL_FIELDS) as TableName[]).filter((table) => PERSONAL_FIELDS[table].length > 0);

class ChangedMeanwhile extends Error {}

const isPlain = (table: TableName, record: unknown): record is Record<string, unknown> =>
  typeof record === 'object' && record !== null && holdsPlainPersonalFields(table, record);

/** Notes, in the transaction given, that nothing in this database is held in the clear. */
async function markSealed(database: ReturnType<typeof db>): Promise<void> {
  const vault = await database.vault.get('forum');
  if (vault?.key === 'forum' && !vault.recordsSealedAt) await database.vault.put({ ...vault, recordsSealedAt: new Date().toISOString() });
}

async function sealOnce(): Promise<number> {
  const database = db();
  const forum = await database.vault.get('forum');
  if (forum?.key === 'forum' && forum.recordsSealedAt) return 0;
  const plain = new Map<TableName, Record<string, unknown>[]>();
  for (const table of TABLES) {
    const records = (await database.table(table).toArray()).filter((record: unknown) => isPlain(table, record));
    if (records.length > 0) plain.set(table, records);
  }
  if (plain.size === 0) {
    await database.transaction('rw', database.vault, () => markSealed(database));
    return 0;
  }
  const sealed = new Map<TableName, object[]>();
  const newKeys: DataKeyRow[] = [];
  let leftInClear = 0;
  for (const [table, stored] of [...plain]) {
    // A sealed record that also holds fields in the clear is opened first (its clear fields
    // win, as when it is read), then sealed whole; one whose sealed value cannot be opened
    // is left as it is rather than sealed without what it holds.
    const opened = await Promise.all(stored.map((record) => openStored(table, record)));
    const records = stored.filter((_, i) => opened[i]!.opened);
    leftInClear += stored.length - records.length;
    plain.set(table, records);
    const batch = await sealBatch(table, opened.filter((o) => o.opened).map((o) => o.record));
    sealed.set(table, batch.records);
    newKeys.push(...batch.newKeys);
  }
  await database.transaction('rw', [...TABLES.map((table) => database.table(table)), database.dataKeys, database.vault], async () => {
    for (const [table, records] of plain) {
      const now = await database.table(table).bulkGet(records.map((record) => String(record.id ?? record.key)));
      records.forEach((record, i) => {
        const current = now[i] as Record<string, unknown> | undefined;
        if (!current || !isPlain(table, current) || current.updatedAt !== record.updatedAt) throw new ChangedMeanwhile();
      });
    }
    await database.dataKeys.bulkPut(newKeys);
    for (const [table, records] of sealed) await database.table(table).bulkPut(records);
    // Records that could not be opened were left as they are: only a clean sweep counts.
    if (leftInClear === 0) await markSealed(database);
  });
  return [...plain.values()].reduce((sum, records) => sum + records.length, 0);
}

/** Seals every record still in the clear; returns how many were sealed. */
export async function sealPlainRecords(): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await sealOnce();
    } catch (error) {
      if (!(error instanceof ChangedMeanwhile) || attempt >= 3) throw error;
    }
  }
}
