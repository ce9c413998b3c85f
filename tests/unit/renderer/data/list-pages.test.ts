// @vitest-environment node
/**
 * The list screens' queries: each reads one page through an index and says how many match
 * in all, in the same order as the whole list sorted in memory would be.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { followUpWindow } from '../../../../shared/advice/follow-ups';
import { addDays } from '../../../../shared/schedule/dates';
import type { AdviceEntry, Referral } from '../../../../shared/schemas';
import {
  adviceLogPage,
  clientHistory,
  listedReferralCount,
  openFollowUpsPage,
  overdueReferralCount,
  overdueReferralsPageRows,
  REFERRALS_IN_HAND,
  referralsPageRows,
} from '../../../../renderer/data';
import { bulkPutRecords } from '../../../../renderer/data/record-store';
import { firstClients } from '../../../../renderer/data/repositories/clients';
import { demoForum, FIXTURE_TODAY } from '../../../fixtures/forum';
import { freshDatabase } from './fresh-database';

const forum = demoForum();
const today = FIXTURE_TODAY;
const newestFirst = (a: { date: string; createdAt: string }, b: { date: string; createdAt: string }) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

// Each test signs in with a fresh forum key (tests/unit/support/unlocked.ts), so each stores the forum anew.
beforeEach(async () => {
  const database = freshDatabase();
  await bulkPutRecords(database.clients, 'clients', forum.clients);
  await bulkPutRecords(database.appointments, 'appointments', forum.appointments);
  await bulkPutRecords(database.adviceEntries, 'adviceEntries', forum.adviceEntries);
  await bulkPutRecords(database.referrals, 'referrals', forum.referrals);
});

describe('advice log pages', () => {
  it('gives the entries of a date range newest first, page after page, with the total', async () => {
    const inRange = forum.adviceEntries.filter((e) => e.date >= '2000-01-01' && e.date <= today);
    expect(inRange.length).toBeGreaterThan(60);
    const first = await adviceLogPage('2000-01-01', today, 0, 25);
    const second = await adviceLogPage('2000-01-01', today, 25, 25);
    expect(first.total).toBe(inRange.length);
    expect(first.rows).toHaveLength(25);
    const dates = [...first.rows, ...second.rows].map((e) => e.date);
    expect(dates).toEqual([...inRange].map((e) => e.date).sort().reverse().slice(0, 50));
    expect(new Set([...first.rows, ...second.rows].map((e) => e.id)).size).toBe(50);
  });
});

describe('open follow-ups', () => {
  const open = (entries: readonly AdviceEntry[], from: string, to: string) =>
    entries.filter((e) => e.followUpDate && !e.followUpDone && e.followUpDate >= from && e.followUpDate <= to);

  it('lists only open ones in the window, most overdue first, and leaves done ones out', async () => {
    const all = followUpWindow('all', today);
    const expected = open(forum.adviceEntries, all.from, all.to);
    expect(expected.length).toBeGreaterThan(10);
    const page = await openFollowUpsPage(all, 0, 10);
    expect(page.total).toBe(expected.length);
    expect(page.rows.map((e) => e.followUpDate)).toEqual(expected.map((e) => e.followUpDate!).sort().slice(0, 10));
    expect(page.rows.every((e) => !e.followUpDone)).toBe(true);
  });

  it('narrows to this week (Monday to Sunday) and to one adviser', async () => {
    const week = followUpWindow('this-week', today);
    const all = followUpWindow('all', today);
    expect((await openFollowUpsPage(week, 0, 10)).total).toBe(open(forum.adviceEntries, week.from, week.to).length);
    const adviser = open(forum.adviceEntries, all.from, all.to)[0]!.adviserName;
    const theirs = await openFollowUpsPage({ ...all, adviserName: ` ${adviser.toUpperCase()} ` }, 0, 500);
    expect(theirs.total).toBe(open(forum.adviceEntries, all.from, all.to).filter((e) => e.adviserName === adviser).length);
    expect(theirs.rows.every((e) => e.adviserName === adviser)).toBe(true);
  });
});

describe('referral pages', () => {
  const byNewest = (referrals: readonly Referral[]) => [...referrals].sort(newestFirst).map((r) => r.id);

  it('merges the statuses in hand newest first across pages, and counts them apart', async () => {
    const inHand = forum.referrals.filter((r) => REFERRALS_IN_HAND.includes(r.status));
    expect(inHand.length).toBeGreaterThan(20);
    const first = await referralsPageRows(REFERRALS_IN_HAND, 0, 10);
    const second = await referralsPageRows(REFERRALS_IN_HAND, 10, 10);
    expect(await listedReferralCount(REFERRALS_IN_HAND)).toBe(inHand.length);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(byNewest(inHand).slice(0, 20));
  });

  it('lists every referral when no status is chosen', async () => {
    const page = await referralsPageRows(undefined, 0, 15);
    expect(await listedReferralCount()).toBe(forum.referrals.length);
    expect(page.rows.map((r) => r.id)).toEqual(byNewest(forum.referrals).slice(0, 15));
  });

  it('lists open referrals past their follow-up date, most overdue first, and counts them apart', async () => {
    const overdue = forum.referrals.filter((r) => r.followUpDue && r.followUpDue < today && ['sent', 'acknowledged', 'accepted'].includes(r.status));
    expect(overdue.length).toBeGreaterThan(0);
    const page = await overdueReferralsPageRows(today, 0, 6);
    expect(await overdueReferralCount(today)).toBe(overdue.length);
    expect(page.rows.map((r) => r.followUpDue)).toEqual(overdue.map((r) => r.followUpDue!).sort().slice(0, 6));
  });

  it('lists only what fell overdue since a date, when asked, and counts those alone', async () => {
    const since = addDays(today, -28);
    const all = forum.referrals.filter((r) => r.followUpDue && r.followUpDue < today && ['sent', 'acknowledged', 'accepted'].includes(r.status));
    const recent = all.filter((r) => r.followUpDue! >= since);
    // The forum has older ones too, which the narrowed list leaves out.
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(all.length);
    expect(await overdueReferralCount(today, since)).toBe(recent.length);
    const page = await overdueReferralsPageRows(today, 0, 100, since);
    expect(page.rows.map((r) => r.id).sort()).toEqual(recent.map((r) => r.id).sort());
    expect(page.rows.map((r) => r.followUpDue)).toEqual(recent.map((r) => r.followUpDue!).sort());
  });

  it("reads a page's rows without counting them, and says where the page starts", async () => {
    const inHand = forum.referrals.filter((r) => REFERRALS_IN_HAND.includes(r.status));
    const rows = await referralsPageRows(REFERRALS_IN_HAND, 10, 10);
    expect(rows).not.toHaveProperty('total');
    expect(rows.offset).toBe(10);
    expect(rows.rows.map((r) => r.id)).toEqual(byNewest(inHand).slice(10, 20));
    const overdueRows = await overdueReferralsPageRows(today, 1, 6);
    expect(overdueRows).not.toHaveProperty('total');
    expect(overdueRows.offset).toBe(1);
  });
});

describe('a client page with a long history', () => {
  it('reads the newest of each kind up to the limit, and how many there are in all', async () => {
    const counts = new Map<string, number>();
    for (const a of forum.appointments) counts.set(a.clientId, (counts.get(a.clientId) ?? 0) + 1);
    const [busiest] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const theirs = {
      appointments: forum.appointments.filter((a) => a.clientId === busiest),
      advice: forum.adviceEntries.filter((e) => e.clientId === busiest),
      referrals: forum.referrals.filter((r) => r.clientId === busiest),
    };
    expect(theirs.appointments.length).toBeGreaterThan(3);
    const history = await clientHistory(busiest, 3);
    expect(history.total).toBe(theirs.appointments.length + theirs.advice.length + theirs.referrals.length);
    expect(history.appointments).toHaveLength(3);
    expect(history.appointments.map((a) => a.date)).toEqual(theirs.appointments.map((a) => a.date).sort().reverse().slice(0, 3));
    expect(history.advice.length).toBe(Math.min(3, theirs.advice.length));
  });
});

describe('the Clients screen before the directory is ready', () => {
  it('shows the first clients by reference from the index', async () => {
    const expected = forum.clients.filter((c) => c.restriction === undefined).map((c) => c.ref).sort().slice(0, 40);
    expect((await firstClients(40)).map((c) => c.ref)).toEqual(expected);
  });
});
