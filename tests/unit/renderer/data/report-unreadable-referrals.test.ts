// @vitest-environment node
/**
 * A referral whose stored status is damaged (no status the app knows: misspelt, changed by
 * hand, written by another version) is not left out of the report unsaid. The report reads
 * referrals by their [status+date] index, one range per known status; the damaged ones sit
 * between those ranges, where the report now looks too. It cannot count them (it cannot
 * tell a draft, which it leaves out, from a referral made), so it says how many there are,
 * the same from its sealed facts as from the records.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../../../renderer/data';
import { decoderFor } from '../../../../renderer/data/report-input/decode-records';
import { readReportInput, type FactsUse } from '../../../../renderer/data/report-input/read-report-input';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { fixedClock, setClock } from '../../../../renderer/platform/clock';
import { lock } from '../../../../renderer/security/vault';
import { buildReport, type CommunityReport } from '../../../../shared/report/build-report';
import type { ReportPeriod } from '../../../../shared/report/period';
import { reportOptions } from '../../../fixtures/stored-forum';
import { setUpTestForum } from '../../support/set-up-forum';

const TODAY = '2026-11-24';
const YEAR: ReportPeriod = { from: '2025-12', to: '2026-11' };
let database: SignpostDatabase;
let restoreClock: () => void;

beforeEach(async () => {
  restoreClock = setClock(fixedClock(`${TODAY}T09:00:00Z`));
  database = await setUpTestForum('signpost-unreadable-referrals');
  await loadDemoData(undefined, TODAY);
});
afterEach(() => {
  lock();
  restoreClock();
});

async function report(from: 'facts' | 'records', clinicId?: string): Promise<{ report: CommunityReport; use: FactsUse }> {
  let use: FactsUse = { used: 0, stored: 0 };
  const input = await readReportInput(database, { period: YEAR, role: 'committee', from, ...(clinicId ? { clinicId } : {}) }, decoderFor(undefined), undefined, (u) => (use = u));
  return { report: buildReport(input, reportOptions(YEAR, { threshold: 5, rounding: 1 }, clinicId)), use };
}

/** Referrals of the year as stored (sealed), one for each of these statuses given it on disk. */
async function damage(statuses: readonly unknown[]): Promise<void> {
  const stored = (await database.referrals.toArray()).filter((r) => r.date >= '2025-12-01' && r.date <= '2026-11-30');
  expect(stored.length).toBeGreaterThan(statuses.length);
  // Written past the app's checks, as damage on disk would be (the facts they touch still go stale).
  await database.referrals.bulkPut(statuses.map((status, i) => ({ ...stored[i * 3]!, status }) as never));
}

describe('a referral whose stored status is damaged', () => {
  it('is not counted, and the report says how many there are, from the records and from its facts alike', async () => {
    expect((await report('records')).report.unreadable).toBeUndefined();
    // Below, between and above the statuses the app knows, in the index's order.
    await damage(['Sent', 'sennt', 'zz-unknown', 7]);

    const fromRecords = await report('records');
    expect(fromRecords.report.unreadable).toEqual({ referrals: 4 });
    const worked = await report('facts');
    expect(worked.use.stored).toBeGreaterThan(0);
    const warm = await report('facts');
    expect(warm.use.stored).toBe(0);
    expect(JSON.stringify(worked.report)).toBe(JSON.stringify(fromRecords.report));
    expect(JSON.stringify(warm.report)).toBe(JSON.stringify(fromRecords.report));
  });

  it('is not counted among the referrals by outcome: those the report does count are unchanged', async () => {
    const outcome = (r: CommunityReport) => r.sections.flatMap((s) => s.tables).find((t) => t.id === 'referrals-by-outcome')!.table;
    const referral = (await database.referrals.toArray()).find((r) => r.date >= '2025-12-01' && r.date <= '2026-11-30')!;
    // A draft is never counted: damaging its status leaves every published number as it was, and says so.
    await database.referrals.put({ ...referral, status: 'draft' });
    const before = (await report('records')).report;
    await database.referrals.put({ ...referral, status: 'drafted' } as never);
    const after = (await report('records')).report;
    expect(outcome(after)).toEqual(outcome(before));
    expect(after.unreadable).toEqual({ referrals: 1 });
  });
});
