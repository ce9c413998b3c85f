/**
 * Which IndexedDB database holds the forum's data, and the swap a restore makes.
 *
 * A restore never writes into the database in use: it fills a fresh one (a "staging"
 * database), checks it, and only then points the app at it. The pointer lives in a tiny
 * database of its own (`signpost-meta`): one atomic put swaps the data, so a restore
 * killed at any moment leaves either the old data or the new, never a mixture. The
 * database that was replaced is deleted only once the new one has opened, at the next
 * start; a staging database whose restore never finished is deleted then too.
 */
import { Dexie, type Table } from 'dexie';
import { DATABASE_NAME, SignpostDatabase, type DatabaseDependencies } from './database';
import { erasableFiles, erasureKeysFileName } from '../security/erasable-files';

export const META_DATABASE_NAME = 'signpost-meta';

interface Pointer {
  key: 'active';
  /** The database the app opens. */
  name: string;
  /** The database a restore replaced: deleted once `name` has opened. */
  previous?: string;
  /** Databases a restore started filling; deleted at start unless swapped in. */
  staging: string[];
}

class MetaDatabase extends Dexie {
  pointers!: Table<Pointer, string>;
  /** The browser's handle to the backup folder (File System Access API), kept between visits. */
  folders!: Table<{ key: 'backups'; handle: unknown }, string>;
  constructor(deps?: DatabaseDependencies) {
    super(META_DATABASE_NAME, { ...(deps ?? {}), chromeTransactionDurability: 'strict' });
    this.version(1).stores({ pointers: 'key', folders: 'key' });
  }
}

async function withMeta<T>(deps: DatabaseDependencies | undefined, work: (meta: MetaDatabase) => Promise<T>): Promise<T> {
  const meta = new MetaDatabase(deps);
  try {
    return await work(meta);
  } finally {
    meta.close();
  }
}

/** `inUse`: the database open now, which is the active one until a pointer says otherwise. */
async function readPointer(meta: MetaDatabase, inUse: string = DATABASE_NAME): Promise<Pointer> {
  return (await meta.pointers.get('active')) ?? { key: 'active', name: inUse, staging: [] };
}

/** The name of the database the app should open. */
export function activeDatabaseName(deps?: DatabaseDependencies, fallback = DATABASE_NAME): Promise<string> {
  return withMeta(deps, async (meta) => (await readPointer(meta, fallback)).name);
}

/**
 * Deletes what a finished restore replaced and what an unfinished one left behind. Call
 * it once the active database has opened, never before: the old one is the fallback.
 */
export async function removeLeftoverDatabases(deps?: DatabaseDependencies, fallback = DATABASE_NAME): Promise<void> {
  const pointer = await withMeta(deps, (meta) => readPointer(meta, fallback));
  const leftovers = [...pointer.staging, ...(pointer.previous ? [pointer.previous] : [])].filter((n) => n !== pointer.name);
  if (leftovers.length === 0) return;
  for (const name of leftovers) {
    await new SignpostDatabase(name, deps).delete().catch(() => undefined);
    // Its erasure keys go with it (a database that never had any has no file).
    await erasableFiles().remove(erasureKeysFileName(name)).catch(() => undefined);
  }
  await withMeta(deps, (meta) =>
    meta.transaction('rw', meta.pointers, async () => {
      const now = await readPointer(meta, fallback);
      await meta.pointers.put({ key: 'active', name: now.name, staging: now.staging.filter((n) => !leftovers.includes(n)) });
    }),
  );
}

/** Opens the active database, then removes the leftovers (the app's start does the same in two steps). */
export async function openActiveDatabase(deps?: DatabaseDependencies, fallback = DATABASE_NAME): Promise<SignpostDatabase> {
  const name = await activeDatabaseName(deps, fallback);
  const database = new SignpostDatabase(name, deps);
  await database.open();
  await removeLeftoverDatabases(deps, fallback);
  return database;
}

/** Records a staging database before anything is written to it, so it is never orphaned. */
export async function registerStagingDatabase(name: string, live: SignpostDatabase): Promise<void> {
  await withMeta(live.dependencies, (meta) =>
    meta.transaction('rw', meta.pointers, async () => {
      const pointer = await readPointer(meta, live.name);
      await meta.pointers.put({ ...pointer, staging: [...pointer.staging.filter((n) => n !== name), name] });
    }),
  );
}

/** Forgets and deletes a staging database (a restore refused or cancelled). */
export async function discardStagingDatabase(name: string, live: SignpostDatabase): Promise<void> {
  await new SignpostDatabase(name, live.dependencies).delete();
  await withMeta(live.dependencies, (meta) =>
    meta.transaction('rw', meta.pointers, async () => {
      const pointer = await readPointer(meta, live.name);
      await meta.pointers.put({ ...pointer, staging: pointer.staging.filter((n) => n !== name) });
    }),
  );
}

/** The swap: one put. From now on the app opens `name`; the old one goes at next start. */
export async function makeActive(name: string, live: SignpostDatabase): Promise<void> {
  await withMeta(live.dependencies, (meta) =>
    meta.transaction('rw', meta.pointers, async () => {
      const pointer = await readPointer(meta, live.name);
      await meta.pointers.put({ key: 'active', name, previous: live.name, staging: pointer.staging.filter((n) => n !== name) });
    }),
  );
}

/** The browser fallback's backup folder handle (structured-cloned into IndexedDB). */
export function loadBackupFolderHandle(): Promise<unknown> {
  return withMeta(undefined, async (meta) => (await meta.folders.get('backups'))?.handle);
}

export function saveBackupFolderHandle(handle: unknown): Promise<void> {
  return withMeta(undefined, async (meta) => {
    await meta.folders.put({ key: 'backups', handle });
  });
}
