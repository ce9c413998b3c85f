/**
 * Restoring a backup without risk to the data in use:
 *
 * 1. decode and check the file (checksum, versions, passphrase, manifest, hashes);
 * 2. write its records into a fresh staging database, opened at the backup's schema
 *    version, and count them; reopen it at this version (running any upgrades);
 * 3. parse every record with its schema: anything that does not fit, and was not already
 *    listed as damaged when the backup was made, refuses the whole restore;
 * 4. only when the forum confirms: point the app at the staging database (one atomic
 *    write) and reload. The old database is deleted after the new one has opened.
 *
 * Until step 4 the current database is never opened for writing, so a refused,
 * cancelled or killed restore leaves it exactly as it was.
 */
import type { BackupHeader } from '../../../shared/backup/backup-format';
import { discardStagingDatabase, makeActive, registerStagingDatabase } from '../../db/active-database';
import { SignpostDatabase, type DatabaseDependencies, type TableName } from '../../db/database';
import { db } from '../../db/instance';
import { LATEST_VERSION } from '../../db/versions';
import { auditEntry } from '../repositories/audit-log';
import { BackupRefusedError, decodeBackup } from './backup-codec';
import { isKnownTable, storedId, storedRecordFits } from './table-schemas';
import { requirePermission } from '../../security/permissions';

export interface RestorePlan {
  stagingName: string;
  header: BackupHeader;
  counts: Record<string, number>;
  /** Records that were already damaged in the backup, restored as they were. */
  needingAttention: number;
}

export interface RestoreProgress {
  step: 'checking' | 'writing' | 'verifying';
  done: number;
  total: number;
}

const CHUNK = 5_000;

function stagingNameFor(now: Date): string {
  return `signpost-restore-${now.getTime()}`;
}

/** Steps 1–3. Throws BackupRefusedError (with a plain message) and leaves nothing behind. */
export async function prepareRestore(
  bytes: Uint8Array,
  options: { passphrase?: string; onProgress?: (progress: RestoreProgress) => void; now?: Date } = {},
  live: SignpostDatabase = db(),
): Promise<RestorePlan> {
  requirePermission('backups.manage');
  const report = options.onProgress ?? (() => undefined);
  report({ step: 'checking', done: 0, total: 1 });
  const contents = await decodeBackup(bytes, LATEST_VERSION, options.passphrase);
  const names = Object.keys(contents.tables);
  if (!names.every(isKnownTable)) throw new BackupRefusedError('records-invalid');

  const deps = live.dependencies;
  const stagingName = stagingNameFor(options.now ?? new Date());
  await registerStagingDatabase(stagingName, live);
  try {
    const total = names.reduce((sum, name) => sum + (contents.tables[name]?.length ?? 0), 0);
    await writeStaging(stagingName, deps, contents.header.schemaVersion, contents.tables, (done) => report({ step: 'writing', done, total }));
    const unreadable = new Set(contents.manifest.tables.flatMap((t) => t.unreadable.map((id) => `${t.name}/${id}`)));
    const needingAttention = await verifyStaging(stagingName, deps, unreadable, (done) => report({ step: 'verifying', done, total }));
    const counts = Object.fromEntries(names.map((name) => [name, contents.tables[name]?.length ?? 0]));
    return { stagingName, header: contents.header, counts, needingAttention };
  } catch (error) {
    await discardStagingDatabase(stagingName, live);
    throw error;
  }
}

async function writeStaging(
  name: string,
  deps: DatabaseDependencies | undefined,
  schemaVersion: number,
  tables: Record<string, unknown[]>,
  progress: (done: number) => void,
): Promise<void> {
  const staging = new SignpostDatabase(name, deps, schemaVersion);
  try {
    await staging.open();
    let done = 0;
    for (const [tableName, records] of Object.entries(tables)) {
      const table = staging.table(tableName);
      for (let i = 0; i < records.length; i += CHUNK) {
        const chunk = records.slice(i, i + CHUNK);
        await staging.transaction('rw', table, () => table.bulkAdd(chunk));
        done += chunk.length;
        progress(done);
      }
      // A record with the same key twice would have been refused by bulkAdd; a count
      // that differs means records went missing on the way in.
      if ((await table.count()) !== records.length) throw new BackupRefusedError('records-invalid');
    }
  } catch (error) {
    if (error instanceof BackupRefusedError) throw error;
    throw new BackupRefusedError('records-invalid');
  } finally {
    staging.close();
  }
}

/** Opens the staging database at this version and parses every record. */
async function verifyStaging(
  name: string,
  deps: DatabaseDependencies | undefined,
  knownUnreadable: ReadonlySet<string>,
  progress: (done: number) => void,
): Promise<number> {
  const staging = new SignpostDatabase(name, deps);
  let needingAttention = 0;
  try {
    await staging.open();
    let done = 0;
    for (const table of staging.tables) {
      const tableName = table.name as TableName;
      const count = await table.count();
      for (let offset = 0; offset < count; offset += CHUNK) {
        const records = await table.offset(offset).limit(CHUNK).toArray();
        for (const record of records) {
          if (await storedRecordFits(tableName, record)) continue;
          if (!knownUnreadable.has(`${tableName}/${storedId(record)}`)) throw new BackupRefusedError('records-invalid');
          needingAttention += 1;
        }
        done += records.length;
        progress(done);
      }
    }
    return needingAttention;
  } finally {
    staging.close();
  }
}

/** Step 4: notes the restore in the restored audit log, then swaps. The caller reloads. */
export async function commitRestore(plan: RestorePlan, live: SignpostDatabase = db()): Promise<void> {
  requirePermission('backups.manage');
  const staging = new SignpostDatabase(plan.stagingName, live.dependencies);
  try {
    const entry = auditEntry('restore-backup', {
      backupMadeAt: plan.header.createdAt,
      records: Object.values(plan.counts).reduce((sum, n) => sum + n, 0),
      encrypted: plan.header.encryption.scheme !== 'none',
    });
    await staging.transaction('rw', staging.auditLog, () => staging.auditLog.add(entry));
  } finally {
    staging.close();
  }
  await makeActive(plan.stagingName, live);
}

/** The forum decided not to restore: the staging database goes, nothing else changes. */
export async function cancelRestore(plan: RestorePlan, live: SignpostDatabase = db()): Promise<void> {
  requirePermission('backups.manage');
  await discardStagingDatabase(plan.stagingName, live);
}
