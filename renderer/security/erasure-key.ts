/**
 * Erasure keys: what makes erasing a person final on disk. Data keys are wrapped by an
 * erasure key, which the forum key wraps in a small file outside IndexedDB
 * (erasable-files.ts). Deleting a person's data key row is not enough: IndexedDB keeps the
 * deleted row in its files until it compacts them, and that stale row would open with the
 * forum passphrase. So after every erasure the erasure key is replaced: every remaining
 * data key is rewrapped under a new one and the file is replaced, which unlinks the old
 * key from the disk. A stale row of the erased person then names a key that no longer
 * exists anywhere, and their stale sealed values cannot be opened, passphrase or not.
 *
 * A rotation cut short (the app closed, the laptop off) is finished at the next sign-in:
 * the file keeps the previous key until every row is rewrapped, and a flag in
 * localStorage says a rotation is owed between the erasure and its rotation.
 */
import { Dexie } from 'dexie';
import { ErasureKeysFile, type DataKeyRow } from '../../shared/security/vault-records';
import { db } from '../db/instance';
import { fromBase64, generateKey, toBase64, unwrapKey, wrapKey } from './crypto';
import { erasableFiles, erasureKeysFileName } from './erasable-files';
import { resealReportFacts } from './reseal-report-facts';
import { cachedDataKey, currentErasureKey, erasureKey, forgetErasureKey, forumKey, holdErasureKey, holdWrappedDataKeys } from './key-ring';

const fileName = (databaseName = db().name) => erasureKeysFileName(databaseName);
const owedFlag = () => `signpost.erasureKeyOwed.${db().name}`;

/** Set when a data key is deleted, cleared once the erasure key that wrapped it is gone. */
export function oweErasureKeyRotation(): void {
  globalThis.localStorage?.setItem(owedFlag(), '1');
}

function rotationIsOwed(): boolean {
  return globalThis.localStorage?.getItem(owedFlag()) === '1';
}

async function wrapped(id: string, key: CryptoKey) {
  return { id, wrapped: toBase64(await wrapKey(key, forumKey())) };
}

async function writeFile(file: ErasureKeysFile): Promise<void> {
  await erasableFiles().replace(fileName(), JSON.stringify(ErasureKeysFile.parse(file)));
}

async function readFile(): Promise<ErasureKeysFile | undefined> {
  const text = await erasableFiles().read(fileName());
  return text === undefined ? undefined : ErasureKeysFile.parse(JSON.parse(text));
}


/**
 * The erasure keys' file: this database's, or the one a restored backup carried in its
 * vault table (moved out of IndexedDB, and owed a rotation as its copy lingers there),
 * or a new one for a new forum or a database from before erasure keys.
 */
async function fileForThisDatabase(): Promise<ErasureKeysFile> {
  const existing = await readFile();
  if (existing) return existing;
  const carried = await db().vault.get('erasure-keys');
  if (carried?.key === 'erasure-keys') {
    const file = ErasureKeysFile.parse(JSON.parse(carried.file));
    await writeFile(file);
    await db().vault.delete('erasure-keys');
    oweErasureKeyRotation();
    return file;
  }
  const file = { current: await wrapped(crypto.randomUUID(), await generateKey()) };
  await writeFile(file);
  return file;
}

/**
 * A file this forum key does not open was left by another forum under the same database
 * name (the browser lost the database, and a new forum was set up): when no data key here
 * names its keys it is replaced; when some do, it is this forum's and something is wrong,
 * so sign-in stops rather than leave those people unreadable.
 */
async function openedOrReplaced(file: ErasureKeysFile): Promise<{ current: CryptoKey; previous?: CryptoKey; file: ErasureKeysFile }> {
  try {
    const current = await unwrapKey(fromBase64(file.current.wrapped), forumKey());
    const previous = file.previous ? await unwrapKey(fromBase64(file.previous.wrapped), forumKey()) : undefined;
    return { current, previous, file };
  } catch (error) {
    const ids = [file.current.id, ...(file.previous ? [file.previous.id] : [])];
    const named = await db().dataKeys.filter((row) => row.wrappedBy !== undefined && ids.includes(row.wrappedBy)).count();
    if (named > 0) throw error;
    const key = await generateKey();
    const fresh = { current: await wrapped(crypto.randomUUID(), key) };
    await writeFile(fresh);
    return { current: key, file: fresh };
  }
}

/** At sign-in, once the forum key is held and before any data key is unwrapped. */
export async function loadErasureKeys(): Promise<void> {
  const { file, current, previous } = await openedOrReplaced(await fileForThisDatabase());
  holdErasureKey(file.current.id, current, true);
  if (file.previous && previous) holdErasureKey(file.previous.id, previous, false);
}

/** Unwraps a data key row with the key it names (the forum key for a row from before erasure keys). */
export function unwrapDataKeyRow(row: DataKeyRow): Promise<CryptoKey> {
  // Locked, nothing opens (LockedError, not "a key that no longer exists").
  const forum = forumKey();
  if (!row.wrappedBy) return unwrapKey(fromBase64(row.wrapped), forum);
  const key = erasureKey(row.wrappedBy);
  if (!key) return Promise.reject(new Error('This data key was wrapped by an erasure key that no longer exists.'));
  return unwrapKey(fromBase64(row.wrapped), key);
}

/** A data key wrapped for its row, under the current erasure key. */
export async function wrapDataKey(id: string, key: CryptoKey): Promise<DataKeyRow> {
  const current = currentErasureKey();
  return { id, wrapped: toBase64(await wrapKey(key, current.key)), wrappedBy: current.id };
}

/**
 * Rewraps every row the current erasure key does not wrap (rows from before erasure keys,
 * rows under the previous key), then leaves only the current key in the file. A row whose
 * key cannot be opened with the keys held is left as it is.
 */
async function settle(rowsRead?: readonly DataKeyRow[]): Promise<void> {
  const current = currentErasureKey();
  const rows = rowsRead ?? (await Dexie.ignoreTransaction(() => db().dataKeys.toArray()));
  const stale = rows.filter((row) => row.wrappedBy !== current.id);
  const file = await readFile();
  if (stale.length === 0 && !file?.previous) return;
  // All at once, so WebCrypto can work through them together rather than one awaited after another.
  const rewrapped = (
    await Promise.all(
      stale.map(async (row) => {
        const dataKey = cachedDataKey(row.id) ?? (await unwrapDataKeyRow(row).catch(() => undefined));
        return dataKey ? wrapDataKey(row.id, dataKey) : undefined;
      }),
    )
  ).filter((row): row is DataKeyRow => row !== undefined);
  if (rewrapped.length > 0) {
    const read = new Map(stale.map((row) => [row.id, row.wrapped]));
    const database = db();
    await database.transaction('rw', database.dataKeys, async () => {
      const now = await database.dataKeys.bulkGet(rewrapped.map((row) => row.id));
      // A row deleted meanwhile (erased) stays deleted; one written meanwhile is current already.
      const kept = rewrapped.filter((row, i) => now[i]?.wrapped === read.get(row.id));
      await database.dataKeys.bulkPut(kept);
      // The copies held since sign-in, unwrapped when first needed, must be the new ones.
      holdWrappedDataKeys(kept);
    });
  }
  if (file?.previous) {
    // The report's facts sealed under the previous key move under the current one while both are held.
    const previous = erasureKey(file.previous.id);
    if (previous) await resealReportFacts({ id: file.previous.id, key: previous }, current).catch(() => undefined);
    forgetErasureKey(file.previous.id);
  }
  await writeFile({ current: await wrapped(current.id, current.key) });
}

let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * For a backup: runs `work` while no rotation is under way, with the erasure keys' file
 * as it is (keys wrapped by the forum key only; none needed to copy it), so the data key
 * rows it reads and the file agree.
 */
export function withErasureKeysFile<T>(databaseName: string, work: (fileText: string | undefined) => Promise<T>): Promise<T> {
  return oneAtATime(async () => work(await erasableFiles().read(fileName(databaseName))));
}

const replacedListeners = new Set<() => void>();

/**
 * Runs `listener` each time the erasure key has been replaced (the client directory seals
 * its snapshot again, under the new key). Returns an unsubscribe.
 */
export function onErasureKeyReplaced(listener: () => void): () => void {
  replacedListeners.add(listener);
  return () => replacedListeners.delete(listener);
}

/**
 * Replaces the erasure key (after an erasure). Crash-safe: the file holds the new key and
 * the previous one until every row is rewrapped, and the owed flag outlives a crash.
 */
export function rotateErasureKey(): Promise<void> {
  return oneAtATime(async () => {
    oweErasureKeyRotation();
    const previous = currentErasureKey();
    const next = { id: crypto.randomUUID(), key: await generateKey() };
    await writeFile({ current: await wrapped(next.id, next.key), previous: await wrapped(previous.id, previous.key) });
    holdErasureKey(next.id, next.key, true);
    await settle();
    globalThis.localStorage?.removeItem(owedFlag());
    for (const listener of replacedListeners) listener();
  });
}

/**
 * At sign-in, once every data key is held (`rows`: the data key rows just read): finishes
 * a rotation cut short or owed, and moves rows from before erasure keys under the current one.
 */
export function settleErasureKeysAtSignIn(rows: readonly DataKeyRow[]): Promise<void> {
  return rotationIsOwed() ? rotateErasureKey() : oneAtATime(() => settle(rows));
}
