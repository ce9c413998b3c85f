/**
 * Where the app's client directory reads clients from: the sealed snapshot
 * (directory-snapshot.ts) and the stored rows, opened through the personal-fields path.
 * At sign-in, when no client has been written since the snapshot was sealed (the clients'
 * revision is the one it names), the snapshot is the directory: one read and one
 * decryption, and no row is read. Otherwise every row is read and the snapshot stands in
 * for each row unchanged since it was sealed; rows written since (here, in another window,
 * by an older version) are opened as before. After a full read that found the snapshot
 * missing or out of date, and after any client write, the snapshot is sealed again from
 * what was read, once the page has been quiet for a while.
 */
import type { SearchText } from '../../shared/frontdesk/client-search';
import { Client } from '../../shared/schemas';
import { db } from '../db/instance';
import { onErasureKeyReplaced } from '../security/erasure-key';
import { cachedDataKey, heldWrappedDataKey, isEveryDataKeyLoaded, isUnlocked, LockedError, onKeysDropped } from '../security/key-ring';
import { requirePermission } from '../security/permissions';
import type { DirectorySource } from './client-directory-store';
import { fingerprintOf, openDirectorySnapshot, parseDirectorySnapshot, sealDirectorySnapshot, type DirectorySnapshot, type SnapshotEntry } from './directory-snapshot';
import { openStored, SEALED } from './personal-fields';
import { problemsOf, readLeniently } from './read-leniently';

export { fingerprintOf } from './directory-snapshot';

/**
 * Lets the page paint, answer input and do its other work between steps of a long read: the
 * next step waits behind a background-priority task, so everything else queued goes first
 * (a timeout where there is no scheduler; a timeout chain is held to 4 ms a step after the
 * fifth). scheduler.yield was used before, but its continuation goes ahead of other tasks:
 * Today's reads of its people's names waited behind every step of the directory, and its
 * names came at 2.2 s after the click on Sign in.
 */
export function yieldToPage(): Promise<void> {
  type Scheduler = { postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void> };
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.postTask ? scheduler.postTask(() => undefined, { priority: 'background' }) : new Promise((resolve) => setTimeout(resolve, 0));
}

/** How many rows each step of the full read takes (a few milliseconds of work when the snapshot holds them). */
const STEP = 1000;
/** Quiet time after the last client write before the snapshot is sealed again. */
const SEAL_AFTER_MS = 2000;

/** A person's data key is held (every key is, after sign-in): one that is not was erased. */
function keyIsHeld(clientId: string): boolean {
  return cachedDataKey(clientId) !== undefined || heldWrappedDataKey(clientId) !== undefined;
}

interface StoredClient {
  id: string;
  [SEALED]?: unknown;
}

export class SnapshotDirectorySource implements DirectorySource {
  /** Every client read so far that opened cleanly, with its row's fingerprint: what the next snapshot holds. */
  private known = new Map<string, SnapshotEntry>();
  /** Set by a full read; until then (and after a lock) there is nothing to seal. */
  private loaded = false;
  private sealTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts locks, so a read that began before one keeps nothing after it. */
  private signIns = 0;

  constructor() {
    onKeysDropped(() => {
      this.signIns += 1;
      // Locked: no name stays in memory, and nothing is sealed.
      this.known = new Map();
      this.loaded = false;
      clearTimeout(this.sealTimer);
      this.sealTimer = undefined;
    });
    onErasureKeyReplaced(() => this.sealSoon());
  }

  databaseName = (): string => db().name;

  /**
   * `pageReady` resolves when the page has room for the directory's own work: the snapshot
   * is read and decrypted meanwhile (IndexedDB and WebCrypto, off the page), and parsed,
   * matched and opened only after it.
   */
  readAll = async (pageReady: Promise<void> = Promise.resolve()): Promise<Client[]> => {
    requirePermission('clients.read');
    const signedIn = this.signIns;
    // Entries are trusted only with every data key held, so a missing one means an erasure.
    const opened = isEveryDataKeyLoaded() ? await openDirectorySnapshot(yieldToPage).catch(() => undefined) : undefined;
    // For the benchmark: when the snapshot was read and decrypted, and when the page had room.
    performance.mark('signpost:client-directory-snapshot-decrypted');
    await pageReady;
    performance.mark('signpost:client-directory-page-ready');
    this.stillSignedIn(signedIn);
    // In steps with the page free between (the parse of the whole was one 0.6 s block).
    const snapshot = opened && (await parseDirectorySnapshot(opened, yieldToPage));
    this.stillSignedIn(signedIn);
    // For the benchmark (npm run bench:browser): whether the snapshot was current, so no row was read.
    // (and whether it carries every SearchText: when not, it is sealed again after this sign-in).
    performance.mark('signpost:client-directory-snapshot-opened', { detail: { current: snapshot?.current === true, searchText: snapshot?.searchText === true } });
    if (snapshot?.current) {
      const all = await this.readCurrent(snapshot, signedIn);
      if (all) return all;
    }
    const table = db().clients;
    const readAfter = (from: string | undefined) => {
      const reading = (from === undefined ? table.orderBy(':id') : table.where(':id').above(from)).limit(STEP).toArray();
      reading.catch(() => undefined); // A failure surfaces where it is awaited.
      return reading as Promise<StoredClient[]>;
    };
    const known = new Map<string, SnapshotEntry>();
    const all: Client[] = [];
    let unchanged = snapshot !== undefined;
    for (let next = readAfter(undefined); ; ) {
      const stored = await next;
      if (stored.length === 0) break;
      // The next step is read from IndexedDB while this one is matched and opened.
      next = readAfter(stored[stored.length - 1]!.id);
      const toOpen: { row: StoredClient; fingerprint: string }[] = [];
      for (const row of stored) {
        const fingerprint = fingerprintOf(row);
        const entry = snapshot?.entries.get(row.id);
        if (entry && entry.fingerprint === fingerprint && keyIsHeld(row.id)) {
          known.set(row.id, entry);
          all.push(entry.client);
        } else toOpen.push({ row, fingerprint });
      }
      if (toOpen.length > 0) {
        unchanged = false;
        all.push(...(await openInto(known, toOpen)));
      }
      await yieldToPage();
    }
    // Sealed again when anything differed, to name the clients' revision as it is now, or to carry every SearchText.
    if (!snapshot?.current || !snapshot.searchText || known.size !== snapshot.entries.size) unchanged = false;
    this.stillSignedIn(signedIn);
    this.known = known;
    this.loaded = true;
    if (!unchanged) this.sealSoon();
    return all;
  };

  /**
   * The directory from a current snapshot: its entries as they are, and only the rows it
   * lists as others read and opened. undefined (read every row instead) when a person's
   * data key is not held, which with every key loaded means they were erased.
   */
  private async readCurrent(snapshot: DirectorySnapshot, signedIn: number): Promise<Client[] | undefined> {
    const known = new Map<string, SnapshotEntry>();
    const all: Client[] = [];
    for (const [id, entry] of snapshot.entries) {
      if (!keyIsHeld(id)) return undefined;
      known.set(id, entry);
      all.push(entry.client);
    }
    if (snapshot.others.length > 0) {
      const stored = (await db().clients.bulkGet(snapshot.others)) as (StoredClient | undefined)[];
      const present = stored.filter((row): row is StoredClient => row !== undefined);
      all.push(...(await openInto(known, present.map((row) => ({ row, fingerprint: fingerprintOf(row) })))));
    }
    this.stillSignedIn(signedIn);
    this.known = known;
    this.loaded = true;
    // A listed row that opened cleanly now (one the directory had not read when it was sealed)
    // goes into the next snapshot; one sealed in the format before gets every SearchText.
    if (known.size > snapshot.entries.size || !snapshot.searchText) this.sealSoon();
    return all;
  }

  /** Throws LockedError when the app has locked since `signedIn` was taken: what was read is dropped. */
  private stillSignedIn(signedIn: number): void {
    if (signedIn !== this.signIns) throw new LockedError();
  }

  /** The SearchText the snapshot carried for this very record (not for an older one of the same person), if any. */
  knownSearchText = (client: Client): SearchText | undefined => {
    const entry = this.known.get(client.id);
    return entry?.client === client ? entry.search : undefined;
  };

  readSome = async (ids: readonly string[]): Promise<Client[]> => {
    requirePermission('clients.read');
    const stored = (await db().clients.bulkGet([...ids])) as (StoredClient | undefined)[];
    const present = stored.filter((row): row is StoredClient => row !== undefined);
    const opened = await openInto(this.known, present.map((row) => ({ row, fingerprint: fingerprintOf(row) })));
    const found = new Set(present.map((row) => row.id));
    for (const id of ids) if (!found.has(id)) this.known.delete(id);
    this.sealSoon();
    return opened;
  };

  /** Seals the snapshot again once no client has been written for a while and the page is idle. */
  private sealSoon(): void {
    if (!this.loaded) return;
    clearTimeout(this.sealTimer);
    this.sealTimer = setTimeout(() => {
      this.sealTimer = undefined;
      const seal = () => void this.seal();
      if (typeof requestIdleCallback === 'function') requestIdleCallback(seal, { timeout: 5000 });
      else seal();
    }, SEAL_AFTER_MS);
  }

  private async seal(): Promise<void> {
    if (!this.loaded || !isUnlocked()) return;
    try {
      await sealDirectorySnapshot(this.known);
      // For the benchmark (npm run bench:browser): the snapshot the next sign-in opens is stored.
      performance.mark('signpost:client-directory-sealed');
    } catch (error) {
      // Nothing is lost: the next sign-in reads every client, as without a snapshot.
      if (!(error instanceof Error && error.name === 'LockedError')) console.warn(`Signpost: the client directory could not be kept for the next sign-in (${(error as Error).name}).`);
    }
  }
}

/**
 * Opens stored client rows (each under its person's data key) and checks them; those that
 * opened cleanly go into `known` with their fingerprint, others (damaged, erased) are
 * opened again next time. Returns the records, leniently read, as every read does.
 */
async function openInto(known: Map<string, SnapshotEntry>, rows: readonly { row: StoredClient; fingerprint: string }[]): Promise<Client[]> {
  const opened = await Promise.all(rows.map(({ row }) => openStored('clients', row)));
  const clients: Client[] = [];
  opened.forEach(({ record, opened: wasOpened }, i) => {
    const { row, fingerprint } = rows[i]!;
    const client = readLeniently('clients', Client, record);
    if (!client) {
      known.delete(row.id);
      return;
    }
    clients.push(client);
    if (wasOpened && typeof row[SEALED] === 'string' && !problemsOf(client)) known.set(row.id, { fingerprint, client });
    else known.delete(row.id);
  });
  return clients;
}
