/**
 * The report's sealed facts (table `reportFacts`, keys in db/report-facts-keys.ts): what
 * the report reads of a month's records, and of the clients it describes, each row one
 * AES-GCM value under the current erasure key, as the directory's snapshot is sealed
 * (directory-snapshot.ts). Why the erasure key: an erasure replaces it, so a stale copy of
 * a row that held the erased person, which IndexedDB may keep on disk until it compacts,
 * opens with nothing the forum still holds; the live row itself went stale (and lost its
 * sealed value) in the erasure's own transaction (db/report-facts-stale.ts).
 *
 * Why facts are never stale when used. Every write to the records a row stands for
 * replaces the row with a marker carrying a new revision, in the write's transaction.
 * `beginFacts` reads every row (and each table's generation) a report needs in ONE read
 * transaction before any record is read. A row is used only if it holds sealed facts made
 * in the generation read with it. A row that does not is worked out from the records, read
 * after that moment, and stored only if, in the storing transaction, its revision and
 * generation are still the ones read at the start: any write in between changed one of
 * them, and then nothing is stored (the next report works it out again).
 */
import { ReportFactsRow } from '../../../shared/security/vault-records';
import type { SignpostDatabase } from '../../db/database';
import { generationKey, newFactsRevision, type FactsSource } from '../../db/report-facts-keys';
import { openBytes, sealBytes } from '../../security/crypto';
import { currentErasureKey, erasureKey } from '../../security/key-ring';
import { gunzip, gzip } from '../gzip';

const SOURCES: readonly FactsSource[] = ['appointments', 'adviceEntries', 'referrals', 'clients'];
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** What one report found of its facts at the start, and what it stores as it works them out. */
export interface FactsSession {
  /** The facts of a row, opened; undefined when stale, missing, or sealed under an erasure key since replaced. */
  open<T>(key: string, source: FactsSource): Promise<T | undefined>;
  /** Keeps these facts for a row, to be sealed and stored by `store` unless it was written since the start (then nothing). */
  keep(key: string, source: FactsSource, facts: unknown): void;
  /**
   * Seals and stores every row kept, one after another, and resolves when each is stored or
   * given up. Not before: a cold report's reading and opening go first (and the report goes
   * back first), and one row at a time leaves the other core to the page drawing it.
   */
  store(): Promise<void>;
  /** How many rows were used, and how many worked out from records and stored. */
  counts(): { used: number; stored: number };
}

interface Seen {
  rows: Map<string, ReportFactsRow | undefined>;
  generations: Map<FactsSource, string | undefined>;
}

const parsedRow = (row: unknown): ReportFactsRow | undefined => {
  const parsed = ReportFactsRow.safeParse(row);
  return parsed.success ? parsed.data : undefined;
};

/** Reads every row `keys` names and each table's generation, in one read transaction. */
async function readSeen(database: SignpostDatabase, keys: readonly string[]): Promise<Seen> {
  const generationKeys = SOURCES.map(generationKey);
  const stored = await database.reportFacts.bulkGet([...keys, ...generationKeys]);
  const rows = new Map(keys.map((key, i) => [key, parsedRow(stored[i])]));
  const generations = new Map(SOURCES.map((source, i) => [source, parsedRow(stored[keys.length + i])?.revision]));
  return { rows, generations };
}

/** A session that uses and stores nothing: a read from the records alone (tests' reference). */
export const NO_FACTS: FactsSession = {
  open: () => Promise.resolve(undefined),
  keep: () => undefined,
  store: () => Promise.resolve(),
  counts: () => ({ used: 0, stored: 0 }),
};

/**
 * Starts a report's use of its facts: reads the rows it will need (before any record is
 * read: see above). Facts are stored only while an erasure key is held to seal them.
 */
export async function beginFacts(database: SignpostDatabase, keys: readonly string[]): Promise<FactsSession> {
  const seen = await readSeen(database, keys);
  const kept: { key: string; source: FactsSource; facts: unknown }[] = [];
  let used = 0;
  let stored = 0;
  return {
    async open<T>(key: string, source: FactsSource): Promise<T | undefined> {
      const row = seen.rows.get(key);
      if (!row?.sealed || !row.erasureKeyId || row.generation !== seen.generations.get(source)) return undefined;
      const sealingKey = erasureKey(row.erasureKeyId);
      if (!sealingKey) return undefined;
      try {
        const facts = JSON.parse(decoder.decode(await gunzip(await openBytes(sealingKey, row.sealed)))) as T;
        used += 1;
        return facts;
      } catch {
        // Damaged: worked out again from the records, and stored over it.
        return undefined;
      }
    },
    keep(key, source, facts) {
      kept.push({ key, source, facts });
    },
    async store() {
      for (const { key, source, facts } of kept.splice(0)) await storeOne(key, source, facts);
    },
    counts: () => ({ used, stored }),
  };

  /** Seals one row's facts and stores them if the row is as it was read at the start. */
  async function storeOne(key: string, source: FactsSource, facts: unknown): Promise<void> {
    let sealer: { id: string; key: CryptoKey };
    try {
      sealer = currentErasureKey();
    } catch {
      return; // Locked, or records stored before sealing began (tests): nothing to seal under.
    }
    try {
      const sealed = await sealBytes(sealer.key, await gzip(encoder.encode(JSON.stringify(facts))));
      const before = seen.rows.get(key)?.revision;
      const generation = seen.generations.get(source);
      const wrote = await database.transaction('rw', database.reportFacts, async () => {
        const [row, generationRow] = (await database.reportFacts.bulkGet([key, generationKey(source)])).map(parsedRow);
        if (row?.revision !== before || generationRow?.revision !== generation) return false;
        await database.reportFacts.put({
          key,
          revision: before ?? newFactsRevision(),
          ...(generation !== undefined ? { generation } : {}),
          erasureKeyId: sealer.id,
          sealed,
        });
        return true;
      });
      if (wrote) stored += 1;
    } catch {
      // Facts not stored are worked out again next time; the report goes on.
    }
  }
}
