/**
 * Pages of long lists, read through indexes: a screen asks for rows `offset` to
 * `offset + limit` and the total, never for a whole table (issue 13: lists stay quick at
 * 150,000 advice entries and 50,000 referrals).
 */
import type { Collection } from 'dexie';

export interface Page<T> {
  rows: T[];
  /** How many rows match in all, for "Showing 1–50 of 6,855". */
  total: number;
  offset: number;
}

/** A page's rows before its total is counted: what a list shows first (the total follows for the pager). */
export type PageRows<T> = Omit<Page<T>, 'total'>;

/** How many rows a list screen shows at a time. */
export const PAGE_SIZE = 50;

/** One page of an index-ordered collection, and how many it holds in all. */
export async function pageOf<Stored>(collection: () => Collection<Stored>, offset: number, limit: number): Promise<{ stored: Stored[]; total: number }> {
  const [stored, total] = await Promise.all([collection().offset(offset).limit(limit).toArray(), collection().count()]);
  return { stored, total };
}

/**
 * The rows of one page of several index ranges read as one list in a shared order
 * (referrals of the open statuses, newest first), without counting them: each range
 * gives at most offset + limit of its first rows, already in that order, and the merge
 * keeps the page. Page 1 reads at most limit rows per range.
 */
export async function rowsAcross<Stored>(
  ranges: readonly (() => Collection<Stored>)[],
  order: (a: Stored, b: Stored) => number,
  offset: number,
  limit: number,
): Promise<Stored[]> {
  const heads = await Promise.all(ranges.map((range) => range().limit(offset + limit).toArray()));
  return heads.flat().sort(order).slice(offset, offset + limit);
}

/**
 * How many rows several index ranges hold in all. A count walks each range's keys (about
 * 10 µs a key), so a screen asks for it after its first rows, never before them.
 */
export async function countAcross<Stored>(ranges: readonly (() => Collection<Stored>)[]): Promise<number> {
  const counts = await Promise.all(ranges.map((range) => range().count()));
  return counts.reduce((sum, n) => sum + n, 0);
}
