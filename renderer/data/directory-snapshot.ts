/**
 * The client directory sealed as ONE value, so that sign-in opens one value rather than
 * 20,000 records each under its own data key (40,000 WebCrypto calls on a large forum).
 *
 * What it holds: every client record as the directory shows it (opened and checked), each
 * with the fingerprint of the stored row it was opened from. It is sealed (AES-GCM, fresh
 * IV) under the current erasure key, whose id it names, and lives in its own table, out of
 * backups. Why the erasure key: it is replaced after every erasure (erasure-key.ts) and the
 * old one is gone from the disk, so a stale copy of the snapshot that IndexedDB keeps in its
 * files until it compacts them opens no more, exactly like a stale data key row. Erasing
 * anyone deletes the snapshot in the erasure's own transaction (destroyClientKey, demo
 * removal), and a new one is sealed from memory after the erasure key is replaced.
 *
 * Why it is sound to use: at sign-in every client row is still read (cheaply, sealed), and
 * a snapshot entry is used only when its row's fingerprint is unchanged and the person's
 * data key is still held; any other row is opened as before. A row's fingerprint is its
 * clear fields and the IV and tag of its sealed value. Every write seals afresh with a new
 * random IV, so a rewritten row never keeps both; a row that kept them with other bytes
 * would fail authentication (it is not a value this forum wrote). So an entry used is what
 * opening that row would give (fingerprintOf, client-directory-source.ts). Sealing keeps
 * only people whose row still exists, read in the same transaction as the snapshot's
 * write, so an erasure that committed first leaves no copy of them.
 */
import { Dexie } from 'dexie';
import type { Client } from '../../shared/schemas';
import { DirectorySnapshotRow } from '../../shared/security/vault-records';
import { db } from '../db/instance';
import { openBytes, sealBytes } from '../security/crypto';
import { currentErasureKey, erasureKey } from '../security/key-ring';

export const DIRECTORY_SNAPSHOTS_TABLE = 'directorySnapshots';
const KEY = 'clients';

/** A client as the directory shows it, and the fingerprint of the stored row it was opened from. */
export interface SnapshotEntry {
  fingerprint: string;
  client: Client;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Seals these entries as the snapshot, under the current erasure key. Only people whose
 * row exists when the snapshot is written are kept (read in the same transaction), so it
 * never holds anyone an erasure has removed. Throws LockedError when locked.
 */
export async function sealDirectorySnapshot(entries: ReadonlyMap<string, SnapshotEntry>): Promise<void> {
  const erasure = currentErasureKey();
  // Turned into text before the transaction, so it stays short.
  const texts = new Map<string, string>();
  for (const [id, entry] of entries) texts.set(id, JSON.stringify([id, entry.fingerprint, entry.client]));
  const database = db();
  await database.transaction('rw', [database.clients, database.directorySnapshots], async () => {
    const present = (await database.clients.toCollection().primaryKeys()).filter((id) => texts.has(id));
    const plain = encoder.encode(`[${present.map((id) => texts.get(id)!).join(',')}]`);
    // WebCrypto inside a transaction: kept alive while it runs (see personal-fields.ts).
    const sealed = await Dexie.waitFor(Dexie.ignoreTransaction(() => sealBytes(erasure.key, plain)));
    await database.directorySnapshots.put({ key: KEY, erasureKeyId: erasure.id, sealed, sealedAt: new Date().toISOString() });
  });
}

/**
 * The snapshot's entries by client id; undefined when there is none, or it was sealed
 * under an erasure key since replaced (it cannot be opened, by design), or it is damaged.
 */
export async function readDirectorySnapshot(): Promise<Map<string, SnapshotEntry> | undefined> {
  const parsed = DirectorySnapshotRow.safeParse(await db().directorySnapshots.get(KEY));
  if (!parsed.success) return undefined;
  const key = erasureKey(parsed.data.erasureKeyId);
  if (!key) return undefined;
  let entries: unknown;
  try {
    entries = JSON.parse(decoder.decode(await openBytes(key, parsed.data.sealed)));
  } catch {
    return undefined;
  }
  if (!Array.isArray(entries)) return undefined;
  const byId = new Map<string, SnapshotEntry>();
  for (const entry of entries as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string' || typeof entry[2] !== 'object' || entry[2] === null) continue;
    byId.set(entry[0], { fingerprint: entry[1], client: entry[2] as Client });
  }
  return byId;
}

/**
 * Deletes the snapshot: inside every transaction that erases someone (its scope must
 * include the table), so no readable copy of them outlives the erasure's commit.
 */
export function dropDirectorySnapshot(): Promise<void> {
  return db().directorySnapshots.delete(KEY);
}
