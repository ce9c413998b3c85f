/**
 * The clients a report reads, from their sealed facts where they are current and from
 * their records otherwise. Of the people the report may describe (`see`) it needs what it
 * counts about them; of everyone else its records name (`rest`), only whether they are
 * restricted (then all of their records stay out).
 *
 * The facts are kept in 64 buckets by a hash of the client id (db/report-facts-keys.ts):
 * any write to a client makes their bucket stale in the write's own transaction, so a
 * restriction, an edit or an erasure is never read from old facts. Each entry says what
 * the record gave when it was read:
 * - `{ r: 1 }`: restricted (read from the record's own `restriction`, which is not sealed);
 *   nothing else of them is kept.
 * - `{ r: 0, c }`: not restricted; `c` is what the report counts of them (null: there is no
 *   record, or it could not be read). Without `c`, only that they are not restricted is
 *   known (they were named, not described): a report describing them reads their record.
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
  /** Everyone named whose records stay out. */
  restricted: ReadonlySet<string>;
}

export function clientFactsReader(database: SignpostDatabase, decoder: RecordDecoder, facts: FactsSession) {
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
  async function settle(ids: readonly string[], described: boolean): Promise<void> {
    const unknown: string[] = [];
    for (const id of ids) {
      const entry = (await bucket(clientBucketOf(id)))[id];
      if (entry && (entry.r === 1 || !described || entry.c !== undefined)) found.set(id, entry);
      else unknown.push(id);
    }
    for (let i = 0; i < unknown.length; i += CLIENT_BATCH) {
      const batch = unknown.slice(i, i + CLIENT_BATCH);
      const stored = await database.clients.bulkGet(batch);
      // Of those only named, a record is opened only when it holds a restriction (not sealed).
      const needed = (row: (typeof stored)[number]) => row !== undefined && (described || row.restriction !== undefined);
      const opened = new Map((await decoder.open('clients', ClientCounted, stored.filter(needed) as object[])).map((c) => [c.id, c]));
      batch.forEach((id, j) => {
        const row = stored[j];
        if (!row) return learn(id, { r: 0, c: null });
        if (!needed(row)) return learn(id, { r: 0 });
        const read = opened.get(id);
        learn(id, read?.restriction !== undefined ? { r: 1 } : { r: 0, c: read ? clientFacts(read) : null });
      });
    }
  }

  const asked = new Set<string>();
  const described = new Set<string>();
  const work: Promise<void>[] = [];
  const ask = (ids: Iterable<string>, describing: boolean): void => {
    const fresh: string[] = [];
    for (const id of ids) {
      if (describing) described.add(id);
      if (asked.has(id)) continue;
      asked.add(id);
      fresh.push(id);
    }
    if (fresh.length === 0) return;
    const settling = settle(fresh, describing);
    settling.catch(() => undefined); // A failure surfaces where it is awaited.
    work.push(settling);
  };

  return {
    /** Records read: the clients of those `describes` picks are looked up now. */
    see<T extends { clientId: string }>(records: readonly T[], describes: (record: T) => boolean): void {
      ask(
        records.filter(describes).map((r) => r.clientId),
        true,
      );
    },
    /** Everyone seen (who the report may describe, restricted or not). */
    seen: (): ReadonlySet<string> => described,
    /** Everyone else named; then every client entry, and the buckets that learned something kept. */
    async rest(named: readonly string[]): Promise<ClientsRead> {
      ask(named, false);
      await Promise.all(work);
      for (const [index, entries] of learned) facts.keep(clientFactsKey(index), 'clients', { ...(await bucket(index)), ...Object.fromEntries(entries) });
      const clients: ClientFacts[] = [];
      const restricted = new Set<string>();
      for (const [id, entry] of found) {
        if (entry.r === 1) restricted.add(id);
        else if (entry.c) clients.push(entry.c);
      }
      return { clients, restricted };
    },
  };
}
