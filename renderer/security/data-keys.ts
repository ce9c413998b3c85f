/**
 * Per-person data keys. Each client has one (sealing their client record and their
 * appointments, advice entries and referrals) and so does each volunteer; each is kept
 * wrapped by the forum key in the `dataKeys` table. Erasing a person deletes their rows
 * and this key, so any stale copy of their sealed values (a backup, a page Chromium has
 * not compacted yet) can never be opened again, not even with the forum passphrase.
 */
import { Dexie } from 'dexie';
import type { DataKeyRow } from '../../shared/security/vault-records';
import { db } from '../db/instance';
import { fromBase64, generateKey, toBase64, unwrapKey, wrapKey } from './crypto';
import { cachedDataKey, forgetDataKey, forumKey, isEveryDataKeyLoaded, markEveryDataKeyLoaded, rememberDataKey } from './key-ring';

/** A volunteer's key id (clients' keys are keyed by the client's id itself). */
export const volunteerKeyId = (volunteerId: string): string => `volunteer:${volunteerId}`;

const pending = new Map<string, Promise<CryptoKey>>();

async function unwrapRow(row: DataKeyRow): Promise<CryptoKey> {
  return unwrapKey(fromBase64(row.wrapped), forumKey());
}

/** A new data key and the row that stores it wrapped (for a bulk write to put with its records). */
export async function newDataKey(ownerId: string): Promise<{ key: CryptoKey; row: DataKeyRow }> {
  const key = await generateKey();
  const row = { id: ownerId, wrapped: toBase64(await wrapKey(key, forumKey())) };
  rememberDataKey(ownerId, key);
  return { key, row };
}

/**
 * The owner's data key: from memory, else unwrapped from its row, else made and stored
 * (in a transaction of its own, outside any the caller holds: a key stored for a record
 * whose write then fails opens nothing and is harmless). Concurrent calls share one key.
 */
export function dataKeyFor(ownerId: string): Promise<CryptoKey> {
  const cached = cachedDataKey(ownerId);
  if (cached) return Promise.resolve(cached);
  // Making and storing a key inside a caller's transaction would wait on that very
  // transaction (a hang, not an error), so a write for a new person makes its key first
  // (prepareDataKey, before the transaction opens); arriving here inside one is a bug.
  if (Dexie.currentTransaction) return Promise.reject(new Error('A data key was needed inside a transaction before it was prepared.'));
  const inFlight = pending.get(ownerId);
  if (inFlight) return inFlight;
  const work = Dexie.ignoreTransaction(async () => {
    const table = db().dataKeys;
    const row = await table.get(ownerId);
    if (row) {
      const key = await unwrapRow(row);
      rememberDataKey(ownerId, key);
      return key;
    }
    const made = await newDataKey(ownerId);
    // add, not put: if another window made this key first (ConstraintError), use theirs.
    // Anything else (a full disk) is the write's own failure and goes to the caller.
    const added = await table.add(made.row).then(
      () => true,
      (error: unknown) => {
        if (error instanceof Error && error.name === 'ConstraintError') return false;
        throw error;
      },
    );
    if (added) return made.key;
    const theirs = await unwrapRow((await table.get(ownerId))!);
    rememberDataKey(ownerId, theirs);
    return theirs;
  }).finally(() => pending.delete(ownerId));
  pending.set(ownerId, work);
  return work;
}

/**
 * The owner's data key if one is stored, never making one: for reading, where a missing
 * key means the person's data was erased (or the record came from another forum).
 */
export async function existingDataKey(ownerId: string): Promise<CryptoKey | undefined> {
  const cached = cachedDataKey(ownerId);
  if (cached) return cached;
  // After sign-in every stored key is in memory: one missing belongs to a person erased.
  if (isEveryDataKeyLoaded()) return undefined;
  const row = await Dexie.ignoreTransaction(() => db().dataKeys.get(ownerId));
  if (!row) return undefined;
  const key = await unwrapRow(row);
  rememberDataKey(ownerId, key);
  return key;
}

/**
 * Loads and unwraps many data keys at once (the search index, a report, a backup), one
 * read for all of them; those with no row yet are left to dataKeyFor.
 */
export async function loadDataKeys(ownerIds?: readonly string[]): Promise<void> {
  const rows = await Dexie.ignoreTransaction(() =>
    ownerIds ? db().dataKeys.bulkGet([...ownerIds]) : db().dataKeys.toArray(),
  );
  await Promise.all(
    rows.map(async (row) => {
      if (!row || cachedDataKey(row.id)) return;
      // A row another forum key wrapped (a restored backup being checked) is left unopened.
      const key = await unwrapRow(row).catch(() => undefined);
      if (key) rememberDataKey(row.id, key);
    }),
  );
}

/** Unwraps every stored data key at sign-in, so no read or write waits on the key table again. */
export async function loadEveryDataKey(): Promise<void> {
  await loadDataKeys();
  markEveryDataKeyLoaded();
}

/** Makes (or loads) a person's data key before a transaction that writes their first record. */
export async function prepareDataKey(ownerId: string): Promise<void> {
  if (!cachedDataKey(ownerId)) await Dexie.ignoreTransaction(() => dataKeyFor(ownerId));
}

/**
 * Crypto-erasure of one client: deletes their data key. Runs inside the caller's
 * transaction (which must include `dataKeys`), so it goes with the deletion of their
 * rows or not at all.
 */
export async function destroyClientKey(clientId: string): Promise<void> {
  await db().dataKeys.delete(clientId);
  forgetDataKey(clientId);
}
