/**
 * Keeps the report's sealed facts honest: a Dexie middleware adds `reportFacts` to every
 * read-write transaction over appointments, advice entries, referrals or clients, and in
 * that same transaction replaces the facts each write touches with a stale marker (a new
 * revision, nothing sealed), whichever command makes the write: a booking, a status
 * change, advice, a referral, an edit, a restriction, a merge, an erasure, a mistaken
 * record deleted, an import, a demo load or removal, a restore. So no write path can
 * forget, and the facts of a person deleted leave the table in the transaction that
 * deletes them (their stale bytes on disk are sealed under the erasure key the erasure
 * then replaces).
 *
 * Which facts: a record's month, both as it was and as it is written (a date moved is two
 * months), read before the write as first-contacts.ts does; a client's bucket, from the id
 * alone. A write of more records than it is worth naming (a demo load, a restore, clearing
 * a table) replaces that table's generation instead and deletes its rows.
 *
 * Why a marker rather than a deletion: the report's reader compares the revision it read
 * before reading a month's records with the one stored when it comes to seal its facts
 * (report-facts-store.ts), so facts worked out from records a write changed meanwhile are
 * never stored as current. A deleted row would look the same before and after.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreRangeType, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import {
  clientBucketOf,
  clientFactsKey,
  generationKey,
  MONTH_FACTS_TABLES,
  monthFactsKey,
  monthOfStored,
  newFactsRevision,
  REPORT_FACTS_TABLE,
  rowPrefix,
  type FactsSource,
  type MonthFactsTable,
} from './report-facts-keys';

const RANGE = 2 as DBCoreRangeType;
const WATCHED: readonly string[] = [...MONTH_FACTS_TABLES, 'clients'];
/** Above this many records in one write, the whole table's facts are made stale instead. */
const NAMED_AT_MOST = 200;

const countOf = (request: DBCoreMutateRequest): number =>
  request.type === 'deleteRange' ? Infinity : request.type === 'delete' ? request.keys.length : request.values.length;

/** The keys a put or delete names (a put may carry them only inside its values). */
const keysOf = (request: DBCoreMutateRequest & { type: 'put' | 'delete' }): unknown[] =>
  request.type === 'delete' ? request.keys : (request.keys ?? request.values.map((value: { id?: unknown }) => value.id));

async function markStale(facts: DBCoreTable, trans: DBCoreTransaction, keys: Iterable<string>): Promise<void> {
  const values = [...new Set(keys)].map((key) => ({ key, revision: newFactsRevision() }));
  if (values.length > 0) await facts.mutate({ type: 'put', trans, values });
}

/** Every row of this table's facts goes, and those made before now can never be stored as current. */
async function staleAll(facts: DBCoreTable, trans: DBCoreTransaction, source: FactsSource): Promise<void> {
  const prefix = rowPrefix(source);
  await facts.mutate({ type: 'deleteRange', trans, range: { type: RANGE, lower: prefix, upper: `${prefix}\uffff`, lowerOpen: false, upperOpen: false } });
  await facts.mutate({ type: 'put', trans, values: [{ key: generationKey(source), revision: newFactsRevision() }] });
}

/** The months of the records a write replaces or removes, and of those it writes. */
async function monthsTouched(table: DBCoreTable, request: DBCoreMutateRequest): Promise<Set<string>> {
  const months = new Set<string>();
  const note = (record: unknown) => {
    const month = monthOfStored(record);
    if (month !== undefined) months.add(month);
  };
  if (request.type === 'put' || request.type === 'delete') {
    for (const record of await table.getMany({ trans: request.trans, keys: keysOf(request) })) note(record);
  }
  if (request.type === 'add' || request.type === 'put') for (const record of request.values) note(record);
  return months;
}

export const reportFactsStaleMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'report-facts-stale',
  // Right above IndexedDB, as first-contacts.ts: its reads and writes need only the transaction.
  level: -1,
  create(down) {
    // A database opened at a version from before the table (a restore's staging database) has no facts.
    if (!down.schema.tables.some((table) => table.name === REPORT_FACTS_TABLE)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const writesWatched = mode === 'readwrite' && stores.some((name) => WATCHED.includes(name)) && !stores.includes(REPORT_FACTS_TABLE);
        return down.transaction(writesWatched ? [...stores, REPORT_FACTS_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!WATCHED.includes(name)) return table;
        const source = name as FactsSource;
        const facts = down.table(REPORT_FACTS_TABLE);
        return {
          ...table,
          async mutate(request) {
            if (countOf(request) > NAMED_AT_MOST) {
              await staleAll(facts, request.trans, source);
              return table.mutate(request);
            }
            if (source === 'clients') {
              const ids = request.type === 'add' ? request.values.map((value: { id?: unknown }) => value.id) : keysOf(request as DBCoreMutateRequest & { type: 'put' | 'delete' });
              // A write whose ids cannot be told (never one the app makes) leaves no facts standing.
              if (ids.some((id) => typeof id !== 'string')) await staleAll(facts, request.trans, source);
              else await markStale(facts, request.trans, (ids as string[]).map((id) => clientFactsKey(clientBucketOf(id))));
              return table.mutate(request);
            }
            // Months as the records were before the write, and as written (both, for a date moved).
            const months = await monthsTouched(table, request);
            await markStale(facts, request.trans, [...months].map((month) => monthFactsKey(source as MonthFactsTable, month)));
            return table.mutate(request);
          },
        };
      },
    };
  },
};
