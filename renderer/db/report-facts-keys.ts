/**
 * Where the report's sealed facts live (`reportFacts`, data/report-input/report-facts-store.ts)
 * and how their rows are named, shared by the reader that fills them and the middleware
 * that marks them stale (report-facts-stale.ts).
 *
 * - `month/<table>/<YYYY-MM>`: the report's fields of one table's records of one month
 *   (appointments, advice entries, referrals: each table its own row, so a booking does
 *   not make that month's advice stale, and a cold build reads no more than before).
 * - `clients/<bucket>`: the report's fields of the clients named so far whose id falls in
 *   that bucket (one of 64 by a hash of the id), so a client's edit makes about 300
 *   people's facts stale, not 20,000, and needs no read to know which.
 * - `generation/<table>`: replaced when a write touches too many records to name their
 *   months (a demo load or removal, a restore, clearing a table): every row of that table
 *   made before it is stale.
 *
 * Every row carries a random `revision`, replaced by each invalidation; a row whose facts
 * are current also holds them sealed. A row without them is a stale marker.
 */
export const REPORT_FACTS_TABLE = 'reportFacts';

export type MonthFactsTable = 'appointments' | 'adviceEntries' | 'referrals';
export const MONTH_FACTS_TABLES: readonly MonthFactsTable[] = ['appointments', 'adviceEntries', 'referrals'];
export type FactsSource = MonthFactsTable | 'clients';

export const CLIENT_BUCKETS = 64;

export const monthFactsKey = (table: MonthFactsTable, month: string): string => `month/${table}/${month}`;
export const clientFactsKey = (bucket: number): string => `clients/${String(bucket).padStart(2, '0')}`;
export const generationKey = (source: FactsSource): string => `generation/${source}`;
/** The first characters of every row of facts from this table (not its generation). */
export const rowPrefix = (source: FactsSource): string => (source === 'clients' ? 'clients/' : `month/${source}/`);

/** A client id's bucket: FNV-1a of its text, so ids of any shape spread evenly. */
export function clientBucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % CLIENT_BUCKETS;
}

/** The month of a stored record's date, when it has one a month's read would find. */
export function monthOfStored(record: unknown): string | undefined {
  const date = (record as { date?: unknown } | undefined)?.date;
  return typeof date === 'string' && /^\d{4}-\d{2}-/.test(date) ? date.slice(0, 7) : undefined;
}

/** A new revision: random, never a counter, so one from another copy of the database never matches. */
export const newFactsRevision = (): string => crypto.randomUUID();
