/**
 * When the referrals list can show, and what: its rows as soon as they are read (the
 * total, and so the pager, may follow), but an empty page only once it is known to be
 * empty and why, so the list never says "none" while it is still counting (a restricted
 * person's referrals are counted, never listed; a new forum says more than "none in hand").
 */
import type { PageRows } from '../../data';

export interface ListedPage<T> extends PageRows<T> {
  /** How many rows the list holds in all; undefined while counted. */
  total: number | undefined;
}

export interface ListedParts<T> {
  rows: PageRows<T> | undefined;
  total: number | undefined;
  /** How many the list left out as restricted people's (asked once the total is in). */
  leftOut: number | undefined;
  /** Whether an empty list must know if the forum has any referral at all (the "in hand" list), and that count. */
  forumCountNeeded: boolean;
  forumCount: number | undefined;
}

/** The page to show, or undefined while the list must still say "Loading…". */
export function listedPage<T>({ rows, total, leftOut, forumCountNeeded, forumCount }: ListedParts<T>): ListedPage<T> | undefined {
  if (rows === undefined) return undefined;
  if (rows.rows.length > 0) return { ...rows, total };
  // No rows on this page: what to say depends on the counts, so wait for them.
  if (total === undefined) return undefined;
  if (total > 0) return { ...rows, total };
  if (leftOut === undefined) return undefined;
  if (leftOut === 0 && forumCountNeeded && forumCount === undefined) return undefined;
  return { ...rows, total };
}
