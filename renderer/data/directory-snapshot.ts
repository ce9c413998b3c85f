/**
 * The client directory sealed as ONE value, so that sign-in opens one value rather than
 * 20,000 records each under its own data key (40,000 WebCrypto calls on a large forum).
 *
 * What it holds: every client record as the directory shows it (opened and checked), each
 * with the fingerprint of the stored row it was opened from and its SearchText (what the
 * search index reads: the names folded, so a sign-in folds none). It is sealed (AES-GCM, fresh
 * IV) under the current erasure key, whose id it names, and lives in its own table, out of
 * backups. Why the erasure key: it is replaced after every erasure (erasure-key.ts) and the
 * old one is gone from the disk, so a stale copy of the snapshot that IndexedDB keeps in its
 * files until it compacts them opens no more, exactly like a stale data key row. Erasing
 * anyone deletes the snapshot in the erasure's own transaction (destroyClientKey, demo
 * removal), and a new one is sealed from memory after the erasure key is replaced.
 *
 * Why it is sound to use. Each entry carries its row's fingerprint: the row's clear fields
 * and the IV and tag of its sealed value. Every write seals afresh with a new random IV, so
 * a rewritten row never keeps both; a row that kept them with other bytes would fail
 * authentication (it is not a value this forum wrote). So an entry whose fingerprint is its
 * row's is what opening that row would give. Sealing reads every client row in the same
 * read-write transaction as the snapshot's write and keeps only the entries whose
 * fingerprint is their row's now (so nobody an erasure removed first, and nothing the
 * directory had not caught up with); the ids of the other rows are listed beside them. The
 * same transaction reads the clients' revision (db/clients-revision.ts), which every
 * transaction writing a client replaces, and the snapshot names it. So when a sign-in
 * finds that revision still stored, the rows are exactly those the snapshot was sealed
 * from: its entries are used as they are and only the listed other rows are opened, and no
 * row needs reading. When the revision has changed (a write here, in another window, or in
 * a version without the revision), every row is read and an entry is used only when its
 * fingerprint is still its row's; any other row is opened as before. Either way an entry is
 * used only while the person's data key is held.
 */
import { Dexie } from 'dexie';
import { searchTextOf } from '../../shared/frontdesk/client-search';
import { ClientsRevisionRow, DirectorySnapshotRow } from '../../shared/security/vault-records';
import { REVISION_KEY } from '../db/clients-revision';
import { db } from '../db/instance';
import { openBytes, sealBytes } from '../security/crypto';
import { currentErasureKey, erasureKey } from '../security/key-ring';
import { SEALED } from './personal-fields';
import { gunzip, gunzipInSteps, gzip, isGzip } from './gzip';
import { entryLine, parseSnapshot, snapshotText, type EntryLine, type SnapshotEntry } from './directory-snapshot-text';

export type { SnapshotEntry } from './directory-snapshot-text';

export const DIRECTORY_SNAPSHOTS_TABLE = 'directorySnapshots';
const KEY = 'clients';

/** The snapshot as opened. */
export interface DirectorySnapshot {
  entries: Map<string, SnapshotEntry>;
  /** Rows stored when it was sealed that it holds no entry for (damaged, or not yet read by the directory). */
  others: string[];
  /** No client has been written since it was sealed: its entries and `others` are every row. */
  current: boolean;
  /** Every entry carries its SearchText (not so in the format before): when not, it is sealed again. */
  searchText: boolean;
}

/** base64 of IV (12 bytes) ‖ ciphertext ‖ tag (16 bytes): the IV is the first 16 characters, the tag within the last 28. */
const IV_CHARS = 16;
const TAG_CHARS = 28;

/**
 * What identifies a stored client row (see above for why it suffices): its clear fields as
 * stored (IndexedDB gives them back in the order they were written) and its sealed value's
 * IV and tag.
 */
export function fingerprintOf(stored: object): string {
  const { [SEALED]: sealed, ...clear } = stored as Record<string, unknown>;
  const seal = typeof sealed === 'string' ? (sealed.length > IV_CHARS + TAG_CHARS ? sealed.slice(0, IV_CHARS) + sealed.slice(-TAG_CHARS) : sealed) : '';
  return `${seal} ${JSON.stringify(clear)}`;
}

const encoder = new TextEncoder();

/**
 * The snapshot's text is gzipped before it is sealed (CompressionStream, native): the
 * directory's JSON repeats its keys 20,000 times, and reading the value from IndexedDB at
 * sign-in took longer than anything else about it (about 15 MB on the large forum). A
 * snapshot from before, sealed as plain JSON, is still read (it starts with a bracket, a
 * gzip stream with 1f 8b). Compressing before sealing says nothing an attacker can use: the
 * length of this one value, written by the app alone, is all it could show.
 * (gzip.ts does it.)
 */

/**
 * Seals these entries as the snapshot, under the current erasure key, with the clients'
 * revision. In one read-write transaction over the clients and the snapshot: every row is
 * read, an entry is kept only when its fingerprint is its row's, and the other rows' ids
 * are listed; the revision read there (written there when there is none yet) is the one no
 * other write can change before this one commits. Throws LockedError when locked.
 */
export async function sealDirectorySnapshot(entries: ReadonlyMap<string, SnapshotEntry>): Promise<void> {
  const erasure = currentErasureKey();
  // Turned into text before the transaction (fingerprints too: a snapshot's are parsed when first asked for), so it stays short.
  const prepared = new Map<string, EntryLine>();
  for (const [id, entry] of entries) {
    prepared.set(id, { fingerprint: entry.fingerprint, ref: entry.client.ref, line: entryLine(entry.client, entry.search ?? searchTextOf(entry.client)) });
  }
  const database = db();
  await database.transaction('rw', [database.clients, database.directorySnapshots], async () => {
    const rows = (await database.clients.toArray()) as unknown as { id: string }[];
    const kept: EntryLine[] = [];
    const others: string[] = [];
    for (const row of rows) {
      const entry = prepared.get(row.id);
      if (entry && entry.fingerprint === fingerprintOf(row)) kept.push(entry);
      else others.push(row.id);
    }
    const stored = ClientsRevisionRow.safeParse(await database.directorySnapshots.get(REVISION_KEY));
    // A database no client was written to since the revision began has none yet: this is its first.
    const revision = stored.success ? stored.data.revision : crypto.randomUUID();
    if (!stored.success) await database.directorySnapshots.put({ key: REVISION_KEY, revision });
    const plain = encoder.encode(snapshotText(revision, others, kept));
    // Compressed, then sealed; WebCrypto inside a transaction: kept alive while it runs (see personal-fields.ts).
    const sealed = await Dexie.waitFor(Dexie.ignoreTransaction(async () => sealBytes(erasure.key, await gzip(plain))));
    await database.directorySnapshots.put({ key: KEY, erasureKeyId: erasure.id, sealed, sealedAt: new Date().toISOString() });
  });
}

/** The snapshot's bytes, opened, and the clients' revision now: read together, in one request. */
export interface OpenedSnapshot {
  plain: Uint8Array<ArrayBuffer>;
  revision: string | undefined;
  /** Sealed compressed, as every snapshot since the revision is. */
  compressed: boolean;
}

/**
 * Reads and opens the snapshot (the part that waits on IndexedDB and WebCrypto, not on the
 * page, but for decompressing, which is done a piece at a time with `pause` between when
 * given); undefined when there is none, or it was sealed under an erasure key since replaced
 * (it cannot be opened, by design), or it is damaged.
 */
export async function openDirectorySnapshot(pause?: () => Promise<void>): Promise<OpenedSnapshot | undefined> {
  const [row, revisionRow] = await db().directorySnapshots.bulkGet([KEY, REVISION_KEY]);
  const parsed = DirectorySnapshotRow.safeParse(row);
  if (!parsed.success) return undefined;
  const key = erasureKey(parsed.data.erasureKeyId);
  if (!key) return undefined;
  const revision = ClientsRevisionRow.safeParse(revisionRow);
  try {
    const opened = await openBytes(key, parsed.data.sealed);
    const compressed = isGzip(opened);
    const plain = compressed ? await (pause ? gunzipInSteps(opened, pause) : gunzip(opened)) : opened;
    return { plain, revision: revision.success ? revision.data.revision : undefined, compressed };
  } catch {
    return undefined;
  }
}

/**
 * The opened snapshot's entries by client id (the page's part: parsing it, `pause` between
 * steps); undefined when damaged. Current only when it names the clients' revision read
 * with it, and was sealed compressed in a format that names one.
 */
export async function parseDirectorySnapshot(opened: OpenedSnapshot, pause?: () => Promise<void>): Promise<DirectorySnapshot | undefined> {
  const text = await parseSnapshot(opened.plain, pause);
  if (!text) return undefined;
  const current = opened.compressed && text.complete && typeof text.revision === 'string' && text.revision === opened.revision;
  return { entries: text.entries, others: text.others, current, searchText: text.searchText };
}

/** The snapshot, opened and parsed; undefined when there is none that opens (see openDirectorySnapshot). */
export async function readDirectorySnapshot(): Promise<DirectorySnapshot | undefined> {
  const opened = await openDirectorySnapshot();
  return opened && parseDirectorySnapshot(opened);
}

/**
 * Deletes the snapshot: inside every transaction that erases someone (its scope must
 * include the table), so no readable copy of them outlives the erasure's commit.
 */
export function dropDirectorySnapshot(): Promise<void> {
  return db().directorySnapshots.delete(KEY);
}
