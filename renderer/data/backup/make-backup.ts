/**
 * Making a backup: every table read in one transaction (a consistent moment), written in
 * the backup format, then decoded again and compared before it is handed on, so a
 * backup reported as made is known to restore.
 */
import { backupFileName } from '../../../shared/backup/backup-format';
import type { SignpostDatabase, TableName } from '../../db/database';
import { db } from '../../db/instance';
import { FIRST_CONTACTS_TABLE } from '../../db/first-contacts';
import { DIRECTORY_SNAPSHOTS_TABLE } from '../directory-snapshot';
import { REPORT_FACTS_TABLE } from '../../db/report-facts-keys';
import { LATEST_VERSION } from '../../db/versions';
import { auditEntry } from '../repositories/audit-log';
import { decodeBackup, encodeBackup, type TableToWrite } from './backup-codec';
import { isKnownTable, storedId, storedRecordFits } from './table-schemas';
import { requirePermission, requireSignedIn } from '../../security/permissions';
import { withErasureKeysFile } from '../../security/erasure-key';

export interface MadeBackup {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  createdAt: string;
  counts: Record<string, number>;
  encrypted: boolean;
}

export interface BackupOptions {
  passphrase?: string;
  appVersion?: string;
  now?: Date;
  /**
   * The daily or closing backup into the forum's backup folder: made whoever is signed in,
   * so a forum where only the front desk signs in is still backed up. A backup on demand
   * (which can be downloaded) is the administrator's.
   */
  automatic?: boolean;
}

/**
 * Every table's stored records, as they are (damaged ones included), at one moment. The
 * erasure keys' file, which lives outside IndexedDB, goes into the vault table's copy, so
 * the data keys in the backup can be opened after a restore (erasure-key.ts moves it back).
 */
export async function readAllTables(database: SignpostDatabase = db()): Promise<TableToWrite[]> {
  // Derived data is not backed up: a restore rebuilds it as the records go back in, and
  // the directory's snapshot at its first sign-in and the report's facts at its first report
  // (each sealed under this database's erasure key).
  const tables = database.tables.filter((table) => table.name !== FIRST_CONTACTS_TABLE && table.name !== DIRECTORY_SNAPSHOTS_TABLE && table.name !== REPORT_FACTS_TABLE);
  const contents = await withErasureKeysFile(database.name, async (fileText) => {
    const read = await database.transaction('r', tables, () => Promise.all(tables.map((table) => table.toArray())));
    const vault = tables.findIndex((table) => table.name === 'vault');
    if (fileText !== undefined && vault >= 0) {
      const others = (read[vault] ?? []).filter((record) => (record as { key?: unknown }).key !== 'erasure-keys');
      read[vault] = [...others, { key: 'erasure-keys', file: fileText }];
    }
    return read;
  });
  return Promise.all(
    tables.map(async (table, i) => {
      const records = contents[i] ?? [];
      const name = table.name;
      const fits = isKnownTable(name) ? await Promise.all(records.map((r) => storedRecordFits(name as TableName, r))) : [];
      const unreadable = isKnownTable(name) ? records.filter((_, j) => !fits[j]).map(storedId) : [];
      return { name, records, unreadable };
    }),
  );
}

export async function makeBackup(options: BackupOptions = {}, database: SignpostDatabase = db()): Promise<MadeBackup> {
  if (options.automatic) requireSignedIn();
  else requirePermission('backups.manage');
  const now = options.now ?? new Date();
  const tables = await readAllTables(database);
  const createdAt = now.toISOString();
  const bytes = await encodeBackup(tables, {
    schemaVersion: LATEST_VERSION,
    appVersion: options.appVersion ?? 'development',
    createdAt,
    ...(options.passphrase ? { passphrase: options.passphrase } : {}),
  });
  // Read it back: the file must decode, with every table's hash and count as written.
  const check = await decodeBackup(bytes, LATEST_VERSION, options.passphrase);
  for (const table of tables) {
    if (check.tables[table.name]?.length !== table.records.length) throw new Error('The backup did not read back correctly.');
  }
  const counts = Object.fromEntries(tables.map((t) => [t.name, t.records.length]));
  return { bytes, fileName: backupFileName(now), createdAt, counts, encrypted: Boolean(options.passphrase) };
}

/** Notes the backup in the audit log: when, how many records, encrypted or not. Never contents. */
export async function recordBackupMade(made: MadeBackup, where: 'folder' | 'download', database: SignpostDatabase = db()): Promise<void> {
  requireSignedIn();
  const entry = auditEntry('make-backup', {
    where,
    encrypted: made.encrypted,
    records: Object.values(made.counts).reduce((sum, n) => sum + n, 0),
  });
  await database.transaction('rw', database.auditLog, () => database.auditLog.add(entry));
}
