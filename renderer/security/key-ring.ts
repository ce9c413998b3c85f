/**
 * The keys held in memory while someone is signed in, and nowhere else: the forum key
 * and the data keys unwrapped so far. Locking drops them all; after that nothing
 * personal can be read until someone signs in again.
 */

export class LockedError extends Error {
  constructor() {
    super('Signpost is locked: sign in to read or change records.');
    this.name = 'LockedError';
  }
}

let forum: CryptoKey | null = null;
const dataKeys = new Map<string, CryptoKey>();
/** Set once every stored data key is in memory (at sign-in): a key not cached then is a person erased. */
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

export function markEveryDataKeyLoaded(): void {
  if (forum) everyKeyLoaded = true;
}

/** True once sign-in has unwrapped every stored data key, so none need reading from storage. */
export function isEveryDataKeyLoaded(): boolean {
  return everyKeyLoaded;
}

/** Every data key held, for a worker that opens records on its own (the report's). */
export function heldDataKeys(): ReadonlyMap<string, CryptoKey> {
  return new Map(dataKeys);
}

export function forgetDataKey(ownerId: string): void {
  dataKeys.delete(ownerId);
}

/** Drops every key, then tells whoever holds decrypted data (the client directory, caches) to drop it too. */
export function dropKeys(): void {
  forum = null;
  everyKeyLoaded = false;
  dataKeys.clear();
  for (const listener of lockListeners) listener();
}

/** Runs `listener` whenever the keys are dropped (lock, sign-out). Returns an unsubscribe. */
export function onKeysDropped(listener: () => void): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}
