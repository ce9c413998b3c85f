/**
 * What a committee reads (issue 15): gender groups merged before a lone category is
 * hidden, months as words, one-column tables without a Total column that repeats each
 * row, empty tables recognised, and the summary page's figures and three biggest needs.
 */
import { describe, expect, it } from 'vitest';
import type { AdviceEntry, Appointment, Client } from '../../../../shared/schemas';
import { DEFAULT_ISSUE_CATEGORIES } from '../../../../shared/schemas';
import type { CommunityReport, ReportInput, ReportOptions, ReportTable } from '../../../../shared/report/build-report';
import { GENDER_OTHER, buildReport, isEmptyTable, reportEntryToCsv } from '../../../../shared/report/build-report';
import { summariseReport, summaryFacts } from '../../../../shared/report/report-summary';

const AT = '2026-01-01T09:00:00.000Z';
const consent = { given: true, date: '2026-01-01', recordedBy: 'Desk' };

const client = (id: string, over: Partial<Client>): Client =>
  ({ id, createdAt: AT, updatedAt: AT, ref: `C-${id.padStart(5, '0')}`, name: `Person ${id}`, languages: [], interpreterNeeded: false, consents: { storage: consent }, ...over }) as Client;
const seen = (id: string, date = '2026-02-10'): Appointment =>
  ({ id: `a${id}`, createdAt: AT, updatedAt: AT, sessionId: 's', clinicId: 'c', clientId: id, date, kind: 'walk-in', status: 'seen' }) as Appointment;
const advice = (id: string, categories: string[], date = '2026-02-10'): AdviceEntry =>
  ({ id: `e${id}`, createdAt: AT, updatedAt: AT, clientId: id, date, adviserName: 'A', clinicId: 'c', categories, outcome: 'advice-given', minutes: 60, followUpDone: false }) as AdviceEntry;

const options: ReportOptions = {
  period: { from: '2026-01', to: '2026-03' },
  rules: { threshold: 5, rounding: 1 },
  categories: DEFAULT_ISSUE_CATEGORIES,
  hourlyRate: 10,
  countryName: (code) => code,
  languageName: (code) => code,
};

/** A forum of `women` women, `men` men and the given others, each seen once. */
function forum(women: number, men: number, others: Partial<Client>[] = []): ReportInput {
  const people = [
    ...Array.from({ length: women }, () => ({ gender: 'woman' as const })),
    ...Array.from({ length: men }, () => ({ gender: 'man' as const })),
    ...others,
  ].map((over, i) => client(String(i + 1), over));
  return { clients: people, appointments: people.map((p) => seen(p.id)), adviceEntries: [], referrals: [], services: [], volunteers: [], shifts: [] };
}

function tableOf(report: CommunityReport, id: string): ReportTable {
  const found = report.sections.flatMap((s) => s.tables).find((t) => t.id === id);
  if (!found) throw new Error(`No table ${id}`);
  return found;
}

describe('the gender table', () => {
  it('pools the small groups into “Another way / not recorded” instead of hiding them one by one', () => {
    const report = buildReport(forum(20, 12, [{ gender: 'non-binary' }, {}, { gender: 'prefer-not-to-say' }, { gender: 'non-binary' }, {}]), options);
    const gender = tableOf(report, 'gender').table;
    expect(gender.rows).toEqual(['Woman', 'Man', GENDER_OTHER]);
    expect(gender.cells).toEqual([[{ value: 20 }], [{ value: 12 }], [{ value: 5 }]]);
  });

  it('puts the smaller of Woman and Man with a pool that is still small, and says so, rather than “Man ✕” beside a published Woman', () => {
    const report = buildReport(forum(55, 30, [{ gender: 'non-binary' }, {}]), options);
    const gender = tableOf(report, 'gender').table;
    expect(gender.rows).toEqual(['Woman', 'Man, another way or not recorded']);
    expect(gender.cells).toEqual([[{ value: 55 }], [{ value: 32 }]]);
  });

  it('keeps a group that is large enough on its own', () => {
    const report = buildReport(forum(20, 12, Array.from({ length: 6 }, () => ({ gender: 'non-binary' as const }))), options);
    expect(tableOf(report, 'gender').table.rows).toEqual(['Woman', 'Man', 'Non-binary']);
  });
});

describe('tables as a reader sees them', () => {
  const withAdvice: ReportInput = {
    ...forum(10, 10),
    adviceEntries: [
      ...Array.from({ length: 9 }, (_, i) => advice(String(i + 1), ['housing'])),
      ...Array.from({ length: 7 }, (_, i) => advice(String(i + 10), ['benefits'], '2026-03-03')),
      ...Array.from({ length: 6 }, (_, i) => advice(String(i + 17), ['employment'])),
      ...Array.from({ length: 5 }, (_, i) => advice(String(i + 1), ['debt'], '2026-01-20')),
      ...Array.from({ length: 5 }, (_, i) => advice(`p${i}`, ['housing'], '2025-11-10')),
    ],
  };
  const report = buildReport(withAdvice, options);

  it('names months in words', () => {
    expect(tableOf(report, 'contacts-by-month').table.rows).toEqual(['January 2026', 'February 2026', 'March 2026']);
  });

  it('writes a one-column table without a Total column, keeping the Total row', () => {
    const csv = reportEntryToCsv(tableOf(report, 'contacts-by-month'));
    expect(csv.split('\r\n')[0]).toBe('Month,Contacts');
    expect(csv).toContain('\r\nTotal,');
    expect(csv.split('\r\n').filter((line) => line !== '').every((line) => line.split(',').length === 2)).toBe(true);
    // A two-column table keeps its Total column.
    expect(reportEntryToCsv(tableOf(report, 'issues')).split('\r\n')[0]).toBe('Issue,This period,Previous period,Total');
  });

  it('leaves the previous period out of the issues table when there are no records for it', () => {
    expect(tableOf(report, 'issues').table.cols).toEqual(['This period', 'Previous period']);
    const alone = buildReport({ ...withAdvice, adviceEntries: withAdvice.adviceEntries.filter((e) => e.date >= '2026-01-01') }, options);
    expect(tableOf(alone, 'issues').table.cols).toEqual(['This period']);
  });

  it('recognises a table with nothing in it', () => {
    expect(isEmptyTable(tableOf(report, 'interpreting'))).toBe(true);
    expect(isEmptyTable(tableOf(report, 'emerging-issues'))).toBe(false);
    const alone = buildReport({ ...withAdvice, adviceEntries: withAdvice.adviceEntries.filter((e) => e.date >= '2026-01-01') }, options);
    expect(isEmptyTable(tableOf(alone, 'emerging-issues'))).toBe(true);
    expect(isEmptyTable(tableOf(report, 'issues'))).toBe(false);
    expect(isEmptyTable(tableOf(report, 'gender'))).toBe(false);
  });

  it('sums up the headline figures and the three biggest needs from the published tables', () => {
    const summary = summariseReport(report);
    expect(summary.figures.map((f) => f.id)).toEqual(['people-seen', 'new-people', 'contacts', 'advice-hours', 'referrals', 'volunteer-hours']);
    expect(summary.figures[0]!.cell).toEqual({ value: 22 });
    expect(summary.topNeeds.map((n) => n.label)).toEqual(['Housing and homelessness', 'Benefits and welfare', 'Employment and job seeking']);
    expect(summary.topNeeds.map((n) => n.value)).toEqual([9, 7, 6]);
  });
});

describe('the facts the summary says', () => {
  it('says what was published, and leaves out a clause whose number is hidden', () => {
    const summary = {
      figures: [
        { id: 'people-seen' as const, cell: { value: 110 } },
        { id: 'new-people' as const, cell: { suppressed: true as const } },
        { id: 'contacts' as const, cell: { value: 1330 } },
      ],
      topNeeds: [
        { label: 'Benefits and welfare', value: 55 },
        { label: 'Housing and homelessness', value: 45 },
        { label: 'Immigration and nationality', value: 35 },
      ],
    };
    const year = { period: { from: '2026-01', to: '2026-12' }, rules: { threshold: 10, rounding: 5 } };
    expect(summaryFacts(summary, year)).toEqual({
      period: { from: '2026-01', to: '2026-12' },
      rounded: true,
      people: 110,
      contacts: 1330,
      needs: ['Benefits and welfare', 'Housing and homelessness', 'Immigration and nationality'],
    });
    const month = { period: { from: '2026-03', to: '2026-03' }, rules: { threshold: 5, rounding: 1 } };
    expect(summaryFacts({ ...summary, topNeeds: [] }, month)).toEqual({ period: month.period, rounded: false, people: 110, contacts: 1330, needs: [] });
    // No one helped (or hidden): nothing is said about visits either.
    expect(summaryFacts({ figures: [{ id: 'people-seen', cell: { value: 0 } }, { id: 'contacts', cell: { value: 40 } }], topNeeds: [] }, month)).toEqual({
      period: month.period,
      rounded: false,
      needs: [],
    });
  });
});
