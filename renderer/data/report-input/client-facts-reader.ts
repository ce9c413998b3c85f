/**
 * The clients a report reads, from their sealed facts where they are current and from
 * their records otherwise. Of the people the report may describe (`see`) it needs what it
 * counts about them; of everyone else its records name, only whether they are restricted
 * (then all of their records stay out): that comes from the clients' `restriction.since`
 * index (database version 9), present only on a restricted record, read once alongside the
 * months, so no one merely named is read one by one.
 *
 * The facts are kept in 64 buckets by a hash of the client id (db/report-facts-keys.ts):
 * any write to a client makes their bucket stale in the write's own transaction, so a
 * restriction, an edit or an erasure is never read from old facts. Each entry says what
 * the record gave when it was read:
 * - `{ r: 1 }`: restricted (read from the record's own `restriction`, which is not sealed);
 *   nothing else of them is kept.
 * - `{ r: 0, c }`: not restricted; `c` is what the report counts of them (null: there is no
 *   record, or it could not be read). Without `c` (kept by reports before the index), only
 *   that they were not restricted is known: a report describing them reads their record.
 */
import { clientFacts, type ClientFacts } from '../../../shared/report/report-facts';
import type { SignpostDatabase } from '../../db/database';
import { clientBucketOf, clientFactsKey } from '../../db/report-facts-keys';
import type { RecordDecoder } from './decode-records';
import type { FactsSession } from './report-facts-store';
import { ClientCounted } from './counted-schemas';

export type ClientEntry = { r: 1 } | { r: 0; c?: ClientFacts | null };
type Bucket = Record<string, ClientEntry>;

const CLIENT_BATCH = 2_000;

export interface ClientsRead {
  /** The clients the report may describe or count, restricted people left out. */
  clients: ClientFacts[];
  /** Everyone restricted: their records stay out. */
  restricted: ReadonlySet<string>;
}

export function clientFactsReader(database: SignpostDatabase, decoder: RecordDecoder, facts: FactsSession) {
  // Whoever is restricted now, from the start: a few keys of a sparse index.
  const restrictedNow = database.clients.orderBy('restriction.since').primaryKeys();
  restrictedNow.catch(() => undefined); // A failure surfaces where it is awaited.
  const buckets = new Map<number, Promise<Bucket>>();
  const bucket = (index: number): Promise<Bucket> => {
    let opened = buckets.get(index);
    if (!opened) {
      opened = facts.open<Bucket>(clientFactsKey(index), 'clients').then((found) => (found && typeof found === 'object' && !Array.isArray(found) ? found : {}));
      buckets.set(index, opened);
    }
    return opened;
  };
  const found = new Map<string, ClientEntry>();
  const learned = new Map<number, Map<string, ClientEntry>>();
  const learn = (id: string, entry: ClientEntry) => {
    found.set(id, entry);
    const index = clientBucketOf(id);
    let entries = learned.get(index);
    if (!entries) learned.set(index, (entries = new Map()));
    entries.set(id, entry);
  };

  /** Entries for these ids: from the facts when they say enough, otherwise from the records. */
  async function settle(ids: readonly string[]): Promise<void> {
    const unknown: string[] = [];
    for (const id of ids) {
      const entry = (await bucket(clientBucketOf(id)))[id];
      if (entry && (entry.r === 1 || entry.c !== undefined)) found.set(id, entry);
      else unknown.push(id);
    }
    for (let i = 0; i < unknown.length; i += CLIENT_BATCH) {
      const batch = unknown.slice(i, i + CLIENT_BATCH);
      const stored = await database.clients.bulkGet(batch);
      const opened = new Map((await decoder.open('clients', ClientCounted, stored.filter((row) => row !== undefined))).map((c) => [c.id, c]));
      batch.forEach((id, j) => {
        if (!stored[j]) return learn(id, { r: 0, c: null });
        const read = opened.get(id);
        learn(id, read?.restriction !== undefined ? { r: 1 } : { r: 0, c: read ? clientFacts(read) : null });
      });
    }
  }

  const described = new Set<string>();
  const work: Promise<void>[] = [];

  return {
    /** Records read: the clients of those `describes` picks are looked up now. */
    see<T extends { clientId: string }>(records: readonly T[], describes: (record: T) => boolean): void {
      const fresh: string[] = [];
      for (const record of records) {
        if (!describes(record) || described.has(record.clientId)) continue;
        described.add(record.clientId);
        fresh.push(record.clientId);
      }
      if (fresh.length === 0) return;
      const settling = settle(fresh);
      settling.catch(() => undefined); // A failure surfaces where it is awaited.
      work.push(settling);
    },
    /** Everyone seen (who the report may describe, restricted or not). */
    seen: (): ReadonlySet<string> => described,
    /** Every client entry once all are in, and the buckets that learned something kept. */
    async all(): Promise<ClientsRead> {
      await Promise.all(work);
      for (const [index, entries] of learned) facts.keep(clientFactsKey(index), 'clients', { ...(await bucket(index)), ...Object.fromEntries(entries) });
      // Restricted by the index or by what was read of them: a restriction made during the
      // read is honoured whichever of the two saw it.
      const restricted = new Set<string>(await restrictedNow);
      const clients: ClientFacts[] = [];
      for (const [id, entry] of found) {
        if (entry.r === 1) restricted.add(id);
        else if (entry.c && !restricted.has(id)) clients.push(entry.c);
      }
      return { clients, restricted };
    },
  };
}
