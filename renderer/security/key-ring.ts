/**
 * The keys held in memory while someone is signed in, and nowhere else: the forum key,
 * the erasure keys, every person's data key as stored (still wrapped, read in one go at
 * sign-in) and the data keys unwrapped so far. A data key is unwrapped the first time a
 * record of that person is opened, not all 20,000 at sign-in (which held the first screen
 * for seconds), and never needs the key table then, so nothing inside a transaction waits
 * on it. Locking drops them all; after that nothing personal can be read until someone
 * signs in again.
 */

export class LockedError extends Error {
  constructor() {
    super('Signpost is locked: sign in to read or change records.');
    this.name = 'LockedError';
  }
}

let forum: CryptoKey | null = null;
const dataKeys = new Map<string, CryptoKey>();
/** Every stored data key, wrapped (base64) and by which erasure key, by owner id: what `dataKeys` is unwrapped from. */
export interface WrappedDataKey {
  wrapped: string;
  /** The erasure key that wraps it (erasure-key.ts); none: the forum key (a row from before erasure keys). */
  wrappedBy?: string;
}
const wrappedKeys = new Map<string, WrappedDataKey>();
/** `wrappedKeys` as one text for the report's worker, made when first asked after a change. */
let wrappedKeysText: string | null = null;
/** The erasure keys that wrap data keys (erasure-key.ts), by id, and which one wraps new ones. */
const erasureKeys = new Map<string, CryptoKey>();
let currentErasureKeyId: string | null = null;
/** Set once every stored data key is in memory, wrapped or not (at sign-in): a key held in neither form then is a person erased. */
let everyKeyLoaded = false;
const lockListeners = new Set<() => void>();

export function holdForumKey(key: CryptoKey): void {
  forum = key;
}

export function isUnlocked(): boolean {
  return forum !== null;
}

/** The forum key; throws LockedError when the app is locked. */
export function forumKey(): CryptoKey {
  if (!forum) throw new LockedError();
  return forum;
}

export function cachedDataKey(ownerId: string): CryptoKey | undefined {
  return dataKeys.get(ownerId);
}

export function rememberDataKey(ownerId: string, key: CryptoKey): void {
  if (forum) dataKeys.set(ownerId, key);
}

/** Holds data keys as stored (wrapped), to be unwrapped when first needed. */
export function holdWrappedDataKeys(rows: Iterable<{ id: string; wrapped: string; wrappedBy?: string }>): void {
  if (!forum) return;
  wrappedKeysText = null;
  for (const row of rows) wrappedKeys.set(row.id, row.wrappedBy ? { wrapped: row.wrapped, wrappedBy: row.wrappedBy } : { wrapped: row.wrapped });
}

/** The owner's data key as stored, wrapped, if it is held. */
export function heldWrappedDataKey(ownerId: string): WrappedDataKey | undefined {
  return wrappedKeys.get(ownerId);
}

export function holdErasureKey(id: string, key: CryptoKey, current: boolean): void {
  if (!forum) return;
  erasureKeys.set(id, key);
  if (current) currentErasureKeyId = id;
}

export function forgetErasureKey(id: string): void {
  erasureKeys.delete(id);
}

/** The erasure key a data key row names; undefined when it was replaced (its people erased). */
export function erasureKey(id: string): CryptoKey | undefined {
  return erasureKeys.get(id);
}

/** Every erasure key held, for the report's worker (it unwraps the data keys it needs). */
export function heldErasureKeys(): ReadonlyMap<string, CryptoKey> {
  return new Map(erasureKeys);
}

/** The erasure key that wraps new data keys, and its id; throws LockedError when locked. */
export function currentErasureKey(): { id: string; key: CryptoKey } {
  const key = currentErasureKeyId ? erasureKeys.get(currentErasureKeyId) : undefined;
  if (!forum || !key || !currentErasureKeyId) throw new LockedError();
  return { id: currentErasureKeyId, key };
}

export function markEveryDataKeyLoaded(): void {
  if (forum) everyKeyLoaded = true;
}

/** True once sign-in has read every stored data key (wrapped), so none need reading from storage. */
export function isEveryDataKeyLoaded(): boolean {
  return everyKeyLoaded;
}

/**
 * Every data key held, wrapped, for a worker that opens records on its own (the report's):
 * it unwraps only the keys of the people its records name, off the main thread. One text,
 * a line per key (`id`, the wrapped key and the erasure key's id,
 * tab-separated: ids and base64 hold neither tabs nor line ends), kept until a key changes.
 * What the report's worker is handed: one string crosses to it at once, where copying a
 * map of 20,000 keys held the page for about 50 ms at every report.
 */
export function heldWrappedDataKeysText(): string {
  if (wrappedKeysText === null) {
    const lines: string[] = [];
    for (const [id, key] of wrappedKeys) lines.push(`${id}\t${key.wrapped}\t${key.wrappedBy ?? ''}`);
    wrappedKeysText = lines.join('\n');
  }
  return wrappedKeysText;
}

/** Reads `heldWrappedDataKeysText` back (in the report's worker). */
export function wrappedDataKeysFromText(text: string): { id: string; wrapped: string; wrappedBy?: string }[] {
  if (text === '') return [];
  return text.split('\n').map((line) => {
    const [id = '', wrapped = '', wrappedBy = ''] = line.split('\t');
    return wrappedBy ? { id, wrapped, wrappedBy } : { id, wrapped };
  });
}

export function forgetDataKey(ownerId: string): void {
  dataKeys.delete(ownerId);
  wrappedKeys.delete(ownerId);
  wrappedKeysText = null;
}

/** Drops every key, then tells whoever holds decrypted data (the client directory, caches) to drop it too. */
export function dropKeys(): void {
  forum = null;
  everyKeyLoaded = false;
  dataKeys.clear();
  wrappedKeys.clear();
  wrappedKeysText = null;
  erasureKeys.clear();
  currentErasureKeyId = null;
  for (const listener of lockListeners) listener();
}

/** Runs `listener` whenever the keys are dropped (lock, sign-out). Returns an unsubscribe. */
export function onKeysDropped(listener: () => void): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}
