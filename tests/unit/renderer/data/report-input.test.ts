// @vitest-environment node
/**
 * The report read a piece at a time (what the report worker does) gives exactly the
 * report the old whole-history read gave: same tables, same protected numbers, same
 * order, for a year, a quarter and single months, for all clinics and for each one. The
 * old read (every client, every appointment and advice entry up to the period's end,
 * "new people" worked out from them) is rebuilt here as the reference.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReportInput } from '../../../../renderer/data/commands/report';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import type { ForumDataset } from '../../../../shared/demo/dataset';
import { generateForum } from '../../../../shared/demo/generate';
import { buildReport, type ReportInput, type ReportOptions } from '../../../../shared/report/build-report';
import { periodDates, previousPeriod, type ReportPeriod } from '../../../../shared/report/period';
import { reportOptions, storeForum } from '../../../fixtures/stored-forum';

const forum: ForumDataset = generateForum({ seed: 11, scale: 'demo', today: '2026-11-24' });
let database: SignpostDatabase;

beforeAll(async () => {
  // One restricted person: they and everything of theirs stay out of both reads.
  const restricted = forum.appointments.find((a) => a.status === 'seen')!.clientId;
  const clients = forum.clients.map((c) => (c.id === restricted ? { ...c, restriction: { since: '2026-11-01', reason: 'storage-consent-withdrawn' as const, recordedBy: 'Claire' } } : c));
  database = await storeForum('report-input', { ...forum, clients });
});

/** The report's input as the in-thread build read it, before first contact dates were kept. */
async function wholeHistory(period: ReportPeriod): Promise<ReportInput> {
  const { toDate } = periodDates(period);
  const { fromDate: previousFrom } = periodDates(previousPeriod(period));
  const clients = await database.clients.toArray();
  const restricted = new Set(clients.filter((c) => c.restriction !== undefined).map((c) => c.id));
  const counted = (r: { clientId: string }) => !restricted.has(r.clientId);
  return {
    clients: clients.filter((c) => !restricted.has(c.id)),
    appointments: (await database.appointments.where('date').belowOrEqual(toDate).toArray()).filter(counted),
    adviceEntries: (await database.adviceEntries.where('date').belowOrEqual(toDate).toArray()).filter(counted),
    referrals: (await database.referrals.toArray()).filter((r) => counted(r) && r.date >= previousFrom && r.date <= toDate),
    services: await database.services.toArray(),
    volunteers: await database.volunteers.toArray(),
    shifts: await database.shifts.where('date').between(previousFrom, toDate, true, true).toArray(),
  };
}

// The lowest rules, so that as many numbers as possible are published and compared.
const options = (period: ReportPeriod, clinicId?: string): ReportOptions => reportOptions(period, { threshold: 5, rounding: 1 }, clinicId);

const PERIODS: ReportPeriod[] = [
  { from: '2025-12', to: '2026-11' },
  { from: '2026-09', to: '2026-11' },
  { from: '2026-10', to: '2026-10' },
  { from: '2026-11', to: '2026-11' },
];

describe('the report read a piece at a time', () => {
  it.each(PERIODS)('gives the same report as the whole history, $from to $to, for all clinics and for each', async (period) => {
    for (const clinicId of [undefined, ...forum.clinics.map((c) => c.id)]) {
      const reference = buildReport(await wholeHistory(period), options(period, clinicId));
      const pieced = buildReport(await loadReportInput(period, clinicId ? { clinicId } : {}), options(period, clinicId));
      expect(pieced, clinicId ?? 'all clinics').toEqual(reference);
    }
  });

  it('counts new people from the kept first contact dates: some seen in November came before it, some did not', async () => {
    const period = { from: '2026-11', to: '2026-11' };
    const headline = buildReport(await loadReportInput(period), options(period)).sections[0]!.tables[0]!.table;
    const [seen, fresh] = [headline.cells[0]![0]!, headline.cells[1]![0]!];
    expect('value' in seen && 'value' in fresh).toBe(true);
    if ('value' in seen && 'value' in fresh) {
      expect(fresh.value).toBeGreaterThan(0);
      expect(fresh.value).toBeLessThan(seen.value);
    }
  });

  it('reads only the period\'s records and the clients they name, and says how far it has got', async () => {
    const period = { from: '2026-11', to: '2026-11' };
    const fractions: number[] = [];
    const input = await loadReportInput(period, { onProgress: (f) => fractions.push(f) });
    expect(input.appointments.every((a) => a.date >= '2026-11-01' && a.date <= '2026-11-30')).toBe(true);
    expect(input.adviceEntries.every((e) => e.date >= '2026-10-01' && e.date <= '2026-11-30')).toBe(true);
    const named = new Set([...input.appointments, ...input.adviceEntries, ...input.referrals].map((r) => r.clientId));
    expect(input.clients.every((c) => named.has(c.id))).toBe(true);
    expect(input.clients.length).toBeLessThan(forum.clients.length);
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });
});
