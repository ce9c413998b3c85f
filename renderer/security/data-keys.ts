/**
 * Per-person data keys. Each client has one (sealing their client record and their
 * appointments, advice entries and referrals) and so does each volunteer; each is kept
 * in the `dataKeys` table wrapped by the current erasure key (erasure-key.ts). Erasing a
 * person deletes their rows and this key, then replaces the erasure key, so no stale copy
 * of their key or sealed values (a page Chromium has not compacted yet) can be opened
 * again, not even with the forum passphrase.
 */
import { Dexie } from 'dexie';
import type { DataKeyRow } from '../../shared/security/vault-records';
import { db } from '../db/instance';
import { makeDataKeysWith } from '../db/data-key-needed';
import { dropDirectorySnapshot } from '../data/directory-snapshot';
import { generateKey } from './crypto';
import { oweErasureKeyRotation, unwrapDataKeyRow, wrapDataKey } from './erasure-key';
import {
  cachedDataKey,
  forgetDataKey,
  heldWrappedDataKey,
  holdWrappedDataKeys,
  isEveryDataKeyLoaded,
  markEveryDataKeyLoaded,
  rememberDataKey,
} from './key-ring';

/** A volunteer's key id (clients' keys are keyed by the client's id itself). */
export const volunteerKeyId = (volunteerId: string): string => `volunteer:${volunteerId}`;

const pending = new Map<string, Promise<CryptoKey>>();
const unwrapping = new Map<string, Promise<CryptoKey | undefined>>();

const unwrapRow = unwrapDataKeyRow;

/**
 * The owner's key unwrapped from its wrapped copy held in memory (no table read, so this
 * may run for a record opened inside a transaction); concurrent callers share one unwrap.
 * undefined when no wrapped copy is held, or it does not open under this forum key (a
 * restored backup's being checked). Locked: rejects with LockedError.
 */
function unwrapHeld(ownerId: string): Promise<CryptoKey | undefined> | undefined {
  const wrapped = heldWrappedDataKey(ownerId);
  if (wrapped === undefined) return undefined;
  const inFlight = unwrapping.get(ownerId);
  if (inFlight) return inFlight;
  let unwrapping_: Promise<CryptoKey>;
  try {
    unwrapping_ = unwrapDataKeyRow({ id: ownerId, ...wrapped });
  } catch (error) {
    // Locked (LockedError), thrown before any promise.
    return Promise.reject(error as Error);
  }
  const work = unwrapping_
    .then(
      (key) => {
        rememberDataKey(ownerId, key);
        return key;
      },
      () => undefined,
    )
    .finally(() => unwrapping.delete(ownerId));
  unwrapping.set(ownerId, work);
  return work;
}

/** A new data key and the row that stores it wrapped (for a bulk write to put with its records). */
export async function newDataKey(ownerId: string): Promise<{ key: CryptoKey; row: DataKeyRow }> {
  const key = await generateKey();
  const row = await wrapDataKey(ownerId, key);
  rememberDataKey(ownerId, key);
  holdWrappedDataKeys([row]);
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
  const held = unwrapHeld(ownerId);
  if (held) {
    return held.then((key) => {
      if (!key) throw new Error('A data key held for this person does not open under the forum key.');
      return key;
    });
  }
  // Making and storing a key inside a caller's transaction would wait on that very
  // transaction (a hang, not an error), so a write for a new person makes its key first
  // (prepareDataKey, before the transaction opens, or db/data-key-needed.ts after a
  // write stopped for it); arriving here inside one is a bug.
  if (Dexie.currentTransaction) return Promise.reject(new Error('A data key was needed inside a transaction before it was prepared.'));
  const inFlight = pending.get(ownerId);
  if (inFlight) return inFlight;
  const work = Dexie.ignoreTransaction(async () => {
    const table = db().dataKeys;
    const row = await table.get(ownerId);
    if (row) {
      const key = await unwrapRow(row);
      rememberDataKey(ownerId, key);
      holdWrappedDataKeys([row]);
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
    const theirRow = (await table.get(ownerId))!;
    const theirs = await unwrapRow(theirRow);
    rememberDataKey(ownerId, theirs);
    holdWrappedDataKeys([theirRow]);
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
  const held = unwrapHeld(ownerId);
  if (held) return held;
  // After sign-in every stored key is held: one missing belongs to a person erased.
  if (isEveryDataKeyLoaded()) return undefined;
  const row = await Dexie.ignoreTransaction(() => db().dataKeys.get(ownerId));
  if (!row) return undefined;
  const key = await unwrapRow(row);
  rememberDataKey(ownerId, key);
  holdWrappedDataKeys([row]);
  return key;
}

/**
 * Unwraps many data keys at once (a list, a report, a backup): from the wrapped copies
 * held since sign-in, and, before every key is held (a test, a restore being checked),
 * from one read of the key table; owners with no key yet are left to dataKeyFor.
 */
export async function loadDataKeys(ownerIds?: readonly string[]): Promise<void> {
  if (!ownerIds) {
    holdWrappedDataKeys(await Dexie.ignoreTransaction(() => db().dataKeys.toArray()));
  } else if (!isEveryDataKeyLoaded()) {
    const missing = ownerIds.filter((id) => !cachedDataKey(id) && heldWrappedDataKey(id) === undefined);
    // A row another forum key wrapped (a restored backup being checked) is left unopened.
    if (missing.length > 0) holdWrappedDataKeys((await Dexie.ignoreTransaction(() => db().dataKeys.bulkGet(missing))).filter((row) => row !== undefined));
  }
  await Promise.all((ownerIds ?? []).map((id) => (cachedDataKey(id) ? undefined : unwrapHeld(id))));
}

let readAhead: Promise<DataKeyRow[]> | undefined;

/**
 * Starts reading every wrapped data key as a sign-in begins, so the read (about 20,000 rows
 * on a large forum) goes alongside deriving the passphrase's key (PBKDF2) rather than after
 * it. The rows are only held once the forum key is (loadEveryDataKey); they open nothing
 * without it.
 */
export function readEveryDataKeyAhead(): void {
  const reading = Dexie.ignoreTransaction(() => db().dataKeys.toArray());
  reading.catch(() => undefined); // A failure surfaces where it is awaited.
  readAhead = reading;
}

/**
 * At sign-in: every stored data key, still wrapped, in one read (started ahead by
 * readEveryDataKeyAhead where it could be); each is unwrapped when a record of that person
 * is first opened. So no read or write waits on the key table again, and sign-in does not
 * wait for 20,000 unwraps.
 */
export async function loadEveryDataKey(): Promise<DataKeyRow[]> {
  const ahead = readAhead;
  readAhead = undefined;
  const rows = ahead ? await ahead : await Dexie.ignoreTransaction(() => db().dataKeys.toArray());
  holdWrappedDataKeys(rows);
  markEveryDataKeyLoaded();
  return rows;
}

/**
 * After sign-in: anyone whose records got in behind the app's back (no data key) gets one
 * now, outside any transaction, so a later write for them never has to make one inside
 * its own (which waits on itself when that transaction holds the key table). Only ids are
 * read; on a forum written by the app alone it finds no one. Returns how many it made.
 */
export async function keyEveryPerson(): Promise<number> {
  const [clientIds, volunteerIds] = await Dexie.ignoreTransaction(() =>
    Promise.all([db().clients.toCollection().primaryKeys(), db().volunteers.toCollection().primaryKeys()]),
  );
  const owners = [...clientIds.map(String), ...volunteerIds.map((id) => volunteerKeyId(String(id)))];
  const missing = owners.filter((id) => !cachedDataKey(id) && heldWrappedDataKey(id) === undefined);
  for (const id of missing) await prepareDataKey(id);
  return missing.length;
}

/** Makes (or loads) a person's data key before a transaction that writes their first record. */
export async function prepareDataKey(ownerId: string): Promise<void> {
  if (!cachedDataKey(ownerId)) await Dexie.ignoreTransaction(() => dataKeyFor(ownerId));
}

// A write that met someone without a key has it made here, then runs again (db/data-key-needed.ts).
makeDataKeysWith(prepareDataKey);

/** Whether the owner's key is in memory, opened or still wrapped: a write can seal with it without reading the key table. */
export function hasDataKeyAtHand(ownerId: string): boolean {
  return cachedDataKey(ownerId) !== undefined || heldWrappedDataKey(ownerId) !== undefined;
}

/**
 * Crypto-erasure of one client: deletes their data key and the directory's snapshot. Runs
 * inside the caller's transaction (which must include `dataKeys` and `directorySnapshots`), so it goes with the deletion of their
 * rows or not at all; the caller then replaces the erasure key (rotateErasureKey), which
 * the owed flag makes happen at the next sign-in should the app close first.
 */
export async function destroyClientKey(clientId: string): Promise<void> {
  oweErasureKeyRotation();
  await db().dataKeys.delete(clientId);
  // The directory's snapshot holds them too: it goes in the same transaction (sealed
  // again, without them, once the erasure key is replaced).
  await dropDirectorySnapshot();
  forgetDataKey(clientId);
}
