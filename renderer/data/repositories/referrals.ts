/** Referrals to services: created as drafts; status changes go through their own commands. */
import { OPEN_REFERRAL_STATUSES } from '../../../shared/referrals/transitions';
import { REFERRAL_STATUSES, Referral, ReferralInput, type ReferralStatus } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { entityRepository } from '../entity-repository';
import { openRecords } from '../record-store';
import { countAcross, rowsAcross, type PageRows } from './pages';
import { requirePermission } from '../../security/permissions';

const newestFirst = (a: Referral, b: Referral): number => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

export const referrals = entityRepository({
  name: 'referrals',
  access: { read: 'referrals.read', write: 'referrals.write' },
  table: () => db().referrals,
  input: ReferralInput,
  stored: Referral,
  onCreate: () => ({ status: 'draft', history: [] }),
  compare: newestFirst,
});

/** A client's referrals, newest first (at most `limit`): one range of [clientId+date] read backwards. */
export async function referralsForClient(clientId: string, limit = Infinity): Promise<Referral[]> {
  requirePermission('referrals.read');
  const stored = await db().referrals.where('[clientId+date]').between([clientId, ''], [clientId, '\uffff']).reverse().limit(limit).toArray();
  return openRecords('referrals', Referral, stored);
}

/** Referrals still in hand: drafts and those sent and not yet finished. */
export const REFERRALS_IN_HAND: readonly ReferralStatus[] = ['draft', ...OPEN_REFERRAL_STATUSES];

/** One [listedStatus+date] range per status, newest first. That index leaves out a restricted person's referrals (db/listed.ts): they stay on the person's own page only. */
const listedRanges = (statuses: readonly ReferralStatus[]) =>
  statuses.map((status) => () => db().referrals.where('[listedStatus+date]').between([status, ''], [status, '\uffff']).reverse());

/**
 * Referrals of the given statuses (all by default), newest first, a page's rows only: the
 * first rows of each status's range, merged. Not counted: the list shows these at once and
 * asks `listedReferralCount` after (counting 50,000 keys held the first rows back).
 */
export async function referralsPageRows(statuses: readonly ReferralStatus[] = REFERRAL_STATUSES, offset: number, limit: number): Promise<PageRows<Referral>> {
  requirePermission('referrals.read');
  // Stored rows compare by their plain date and time stamps (never personal fields).
  const stored = await rowsAcross(listedRanges(statuses), newestFirst, offset, limit);
  return { rows: await openRecords('referrals', Referral, stored), offset };
}

/** How many referrals of these statuses the lists hold (no restricted person's): index counts only. */
export async function listedReferralCount(statuses: readonly ReferralStatus[] = REFERRAL_STATUSES): Promise<number> {
  requirePermission('referrals.read');
  return countAcross(listedRanges(statuses));
}

/**
 * How many referrals of these statuses the lists leave out as restricted people's, given
 * how many they hold (`listedReferralCount`): the statuses' [status+date] counts (every referral) less `listed`.
 * Index counts only, no record read; asked after the page has painted, so it never delays
 * the first rows (it is one more count over up to 50,000 referrals).
 */
export async function referralsLeftOut(statuses: readonly ReferralStatus[] = REFERRAL_STATUSES, listed: number): Promise<number> {
  requirePermission('referrals.read');
  const counts = await Promise.all(statuses.map((status) => db().referrals.where('[status+date]').between([status, ''], [status, '\uffff']).count()));
  return Math.max(0, counts.reduce((sum, n) => sum + n, 0) - listed);
}

/**
 * Open referrals whose follow-up date has passed (since `since`, when given: the date a
 * follow-up fell due on or after): a range of the openFollowUp index (no restricted
 * person's: see db/open-follow-up.ts).
 */
const overdueRange = (today: string, since?: string) =>
  since === undefined ? db().referrals.where('openFollowUp').below(today) : db().referrals.where('openFollowUp').between(since, today, true, false);

/** Overdue referrals, most overdue first, a page's rows only (counted by `overdueReferralCount`, after). */
export async function overdueReferralsPageRows(today: string, offset: number, limit: number, since?: string): Promise<PageRows<Referral>> {
  requirePermission('referrals.read');
  const stored = await overdueRange(today, since).offset(offset).limit(limit).toArray();
  return { rows: await openRecords('referrals', Referral, stored), offset };
}

/** How many referrals are overdue (since `since`, when given): an index count, no record read. */
export async function overdueReferralCount(today: string, since?: string): Promise<number> {
  requirePermission('referrals.read');
  return overdueRange(today, since).count();
}
