import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryName } from '../../../../shared/codes/countries';
import { languageName } from '../../../../shared/codes/languages';
import { generateForum } from '../../../../shared/demo/generate';
import { twoYearForum } from '../../../fixtures/forum';
import type { AdviceEntry, Appointment, Client, IssueCategory, Shift, Volunteer } from '../../../../shared/schemas';
import { DEFAULT_ISSUE_CATEGORIES } from '../../../../shared/schemas';
import type { CommunityReport, ReportInput, ReportOptions, ReportTable } from '../../../../shared/report/build-report';
import {
  REPORT_SECTION_IDS,
  buildReport,
  reportEntryToCsv,
  reportTableToCsv,
  reportToJson,
} from '../../../../shared/report/build-report';
import type { ProtectedCell } from '../../../../shared/report/disclosure';
import { effectiveRules, isPublished, roundForPublication } from '../../../../shared/report/disclosure';

const S = { suppressed: true } as const;
const v = (value: number): ProtectedCell => ({ value });

function tableOf(report: CommunityReport, id: string): ReportTable {
  for (const section of report.sections) {
    const found = section.tables.find((t) => t.id === id);
    if (found) return found;
  }
  throw new Error(`No table ${id}`);
}

function allTables(report: CommunityReport): ReportTable[] {
  return report.sections.flatMap((s) => s.tables);
}

function cellsOf(entry: ReportTable): ProtectedCell[] {
  const t = entry.table;
  return entry.totals ? [...t.cells.flat(), ...t.rowTotals, ...t.colTotals, t.grandTotal] : t.cells.flat();
}

// ---- The demo forum ---------------------------------------------------------------------

describe('the community report of a generated forum', () => {
  const forum = generateForum({ seed: 7, scale: 'demo', today: '2026-11-24' });
  const input: ReportInput = forum;
  const options: ReportOptions = {
    period: { from: '2025-12', to: '2026-11' },
    rules: { threshold: 10, rounding: 5 },
    categories: DEFAULT_ISSUE_CATEGORIES,
    hourlyRate: 12.6,
    countryName,
    languageName,
  };
  const report = buildReport(input, options);

  it('has the expected sections and tables', () => {
    expect(report.version).toBe(1);
    expect(report.period).toEqual({ from: '2025-12', to: '2026-11' });
    expect(report.rules).toEqual({ threshold: 10, rounding: 5 });
    expect(report.sections.map((s) => s.id)).toEqual([...REPORT_SECTION_IDS]);
    expect(allTables(report).map((t) => t.id)).toEqual([
      'headline', 'attendance-rate', 'advice-hours',
      'nationality', 'first-language', 'gender', 'age', 'area', 'years-since-arrival',
      'issues', 'emerging-issues',
      'interpreting',
      'referrals-by-service', 'referrals-by-outcome',
      'volunteers', 'hours-by-role', 'volunteer-value',
      'contacts-by-month', 'issues-by-month',
    ]);
    expect(tableOf(report, 'contacts-by-month').table.rows).toHaveLength(12);
    expect(report.notes.join(' ')).toContain('Counts from 1 to 9 are not shown');
    expect(report.notes.join(' ')).toContain('rounded to the nearest 5');
  });

  it('publishes only multiples of the rounding base, and no count between 0 and the threshold', () => {
    let published = 0;
    for (const entry of allTables(report)) {
      for (const cell of cellsOf(entry)) {
        if (!isPublished(cell)) continue;
        published += 1;
        expect(Math.abs(cell.value % 5)).toBe(0);
        const isCount = entry.derived !== true && entry.unit !== '%';
        if (isCount) expect(cell.value === 0 || cell.value >= 10).toBe(true);
      }
    }
    expect(published).toBeGreaterThan(30);
  });

  it('never leaves exactly one hidden value in a line whose total is published', () => {
    for (const entry of allTables(report).filter((t) => t.totals)) {
      const t = entry.table;
      const lines: ProtectedCell[][] = [
        ...t.cells.map((row, r) => [...row, t.rowTotals[r]!]),
        [...t.colTotals, t.grandTotal],
        ...t.cols.map((_, c) => [...t.cells.map((row) => row[c]!), t.colTotals[c]!]),
        [...t.rowTotals, t.grandTotal],
      ];
      for (const line of lines) {
        if (!isPublished(line[line.length - 1]!)) continue;
        expect(line.slice(0, -1).filter((cell) => !isPublished(cell)).length).not.toBe(1);
      }
    }
  });

  it('matches the raw numbers after rounding', () => {
    const seen = new Set<string>();
    for (const a of forum.appointments) {
      if (a.date >= '2025-12-01' && a.date <= '2026-11-30' && ['seen', 'arrived', 'called'].includes(a.status)) seen.add(a.clientId);
    }
    for (const e of forum.adviceEntries) if (e.date >= '2025-12-01' && e.date <= '2026-11-30') seen.add(e.clientId);
    expect(seen.size).toBeGreaterThan(10);
    const headline = tableOf(report, 'headline').table;
    expect(headline.rows[0]).toBe('People seen');
    expect(headline.cells[0]![0]).toEqual(v(roundForPublication(seen.size, options.rules)));
    // Every "who came" table counts the same people.
    for (const id of ['nationality', 'first-language', 'gender', 'age', 'area', 'years-since-arrival']) {
      expect(tableOf(report, id).table.grandTotal).toEqual(headline.cells[0]![0]);
    }
    expect(tableOf(report, 'nationality').table.cols).toEqual(['People']);
  });

  it('holds no personal data: names, phones, emails, refs, ids, notes, exact dates or free text', () => {
    const text = JSON.stringify(report);
    const json = JSON.stringify(reportToJson(report));
    const csv = allTables(report).map((entry) => reportEntryToCsv(entry)).join('\n');
    for (const out of [text, json, csv]) {
      expect(out).not.toMatch(/C-\d{5}/);
      expect(out).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(out).not.toContain('gen-');
      expect(out).not.toContain('@');
      expect(out).not.toMatch(/07700/);
      const secrets = new Set<string>();
      for (const c of forum.clients) {
        secrets.add(c.name);
        if (c.nameLatin) secrets.add(c.nameLatin);
        if (c.phone) secrets.add(c.phone);
        if (c.email) secrets.add(c.email);
        if (c.genderSelfDescribed) secrets.add(c.genderSelfDescribed);
        secrets.add(c.id);
      }
      for (const e of forum.adviceEntries) {
        if (e.notes) secrets.add(e.notes);
        if (e.actions) secrets.add(e.actions);
        secrets.add(e.adviserName);
      }
      for (const r of forum.referrals) {
        if (r.details) secrets.add(r.details);
        if (r.outcome) secrets.add(r.outcome);
        if (r.consentOverrideReason) secrets.add(r.consentOverrideReason);
      }
      for (const a of forum.appointments) {
        if (a.purpose) secrets.add(a.purpose);
        if (a.cancelReason) secrets.add(a.cancelReason);
      }
      for (const vol of forum.volunteers) secrets.add(vol.name);
      // A typed purpose can coincide with a category name ("GP registration"): that is not a leak.
      const labels = DEFAULT_ISSUE_CATEGORIES.map((c) => c.label).join('|');
      for (const secret of secrets) if (!labels.includes(secret)) expect(out.includes(secret), secret).toBe(false);
    }
  });

  it('shows the same number for the same count in linked tables', () => {
    const issues = tableOf(report, 'issues').table;
    const byMonth = tableOf(report, 'issues-by-month').table;
    expect(byMonth.cols.length).toBeGreaterThan(0);
    expect(byMonth.cols.length).toBeLessThanOrEqual(5);
    byMonth.cols.forEach((label, c) => expect(byMonth.colTotals[c]).toEqual(issues.cells[issues.rows.indexOf(label)]![0]));
    expect(tableOf(report, 'contacts-by-month').table.grandTotal).toEqual(tableOf(report, 'headline').table.cells[2]![0]);
  });

  it('exports versioned JSON with null for suppressed values', () => {
    const json = reportToJson(report);
    expect(json.format).toBe('signpost-community-report');
    expect(json.version).toBe(1);
    expect(json.sections.map((s) => s.id)).toEqual([...REPORT_SECTION_IDS]);
    const nationality = json.sections[1]!.tables[0]!;
    expect(nationality.id).toBe('nationality');
    expect(nationality.totals).toBeDefined();
    const protectedTable = tableOf(report, 'nationality').table;
    nationality.rows.forEach((row, i) => {
      const cell = protectedTable.cells[i]![0]!;
      expect(row.values[0]).toBe(isPublished(cell) ? cell.value : null);
    });
    expect(json.sections[0]!.tables[0]!.totals).toBeUndefined();
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('reports on one clinic only when asked', () => {
    const clinic = forum.clinics[0]!;
    const one = buildReport(input, { ...options, clinicId: clinic.id, clinicName: clinic.name });
    expect(one.clinic).toEqual({ name: clinic.name });
    expect(one.notes[0]).toContain('one clinic only');
    expect(JSON.stringify(one)).not.toContain(clinic.id);
    const seenHere = new Set(
      forum.appointments
        .filter((a) => a.clinicId === clinic.id && a.date >= '2025-12-01' && a.date <= '2026-11-30' && ['seen', 'arrived', 'called'].includes(a.status))
        .map((a) => a.clientId),
    );
    for (const e of forum.adviceEntries) {
      if (e.clinicId === clinic.id && e.date >= '2025-12-01' && e.date <= '2026-11-30') seenHere.add(e.clientId);
    }
    const cell = tableOf(one, 'headline').table.cells[0]![0]!;
    if (seenHere.size >= 10) expect(cell).toEqual(v(roundForPublication(seenHere.size, options.rules)));
    else expect(cell).toEqual(S);
  });

  // A year of a busy forum with the year before it, generated small enough for a unit test:
  // the large forum and the report's speed on it are `npm run bench -- report`'s.
  it('builds the report for a busy forum with two years of records, with every section and the issues that grew', () => {
    const busy = twoYearForum();
    const big = buildReport(busy, options);
    expect(big.sections).toHaveLength(7);
    expect(allTables(big).map((t) => t.id)).toEqual(allTables(report).map((t) => t.id));
    const people = tableOf(big, 'headline').table.cells[0]![0]!;
    expect(isPublished(people) && people.value > 1000).toBe(true);
    const emerging = tableOf(big, 'emerging-issues').table;
    expect(emerging.rows.length).toBeGreaterThan(0);
    expect(emerging.rows.length).toBeLessThanOrEqual(3);
    expectProtected(big);
  });
});

function expectProtected(report: CommunityReport): void {
  const { threshold, rounding } = report.rules;
  for (const entry of allTables(report)) {
    for (const cell of cellsOf(entry)) {
      if (!isPublished(cell)) continue;
      expect(Math.abs(cell.value % rounding)).toBe(0);
      if (entry.derived !== true && entry.unit !== '%') expect(cell.value === 0 || cell.value >= threshold).toBe(true);
    }
    if (!entry.totals) continue;
    const t = entry.table;
    const lines: ProtectedCell[][] = [
      ...t.cells.map((row, r) => [...row, t.rowTotals[r]!]),
      [...t.colTotals, t.grandTotal],
      ...t.cols.map((_, c) => [...t.cells.map((row) => row[c]!), t.colTotals[c]!]),
      [...t.rowTotals, t.grandTotal],
    ];
    for (const line of lines) {
      if (isPublished(line[line.length - 1]!)) expect(line.slice(0, -1).filter((cell) => !isPublished(cell)).length).not.toBe(1);
    }
  }
}

describe('the community report under any rules (property)', () => {
  const forums = [3, 11].map((seed) => generateForum({ seed, scale: 'demo', today: '2026-11-24' }));
  it('protects every table of every forum, period and clinic', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...forums),
        fc.record({ threshold: fc.integer({ min: 0, max: 30 }), rounding: fc.integer({ min: 0, max: 10 }) }),
        fc.constantFrom({ from: '2025-12', to: '2026-11' }, { from: '2026-10', to: '2026-12' }, { from: '2026-11', to: '2026-11' }),
        fc.boolean(),
        (forum, rules, period, oneClinic) => {
          const report = buildReport(forum, {
            period,
            rules,
            categories: DEFAULT_ISSUE_CATEGORIES,
            hourlyRate: 12.6,
            countryName,
            languageName,
            ...(oneClinic ? { clinicId: forum.clinics[0]!.id, clinicName: 'Drop-in' } : {}),
          });
          expect(report.rules).toEqual(effectiveRules(rules));
          expectProtected(report);
        },
      ),
      { numRuns: 60 },
    );
  });
});

// ---- A tiny forum with exact expectations -----------------------------------------------

const AT = '2026-01-01T09:00:00.000Z';
const consent = { given: true, date: '2026-01-01', recordedBy: 'Desk' };

function client(id: string, over: Partial<Client> = {}): Client {
  return {
    id, createdAt: AT, updatedAt: AT, ref: `C-${id.padStart(5, '0')}`, name: `Person ${id}`,
    languages: [], interpreterNeeded: false, consents: { storage: consent }, ...over,
  } as Client;
}

function appointment(id: string, clientId: string, date: string, over: Partial<Appointment> = {}): Appointment {
  return {
    id, createdAt: AT, updatedAt: AT, sessionId: 'session-1', clinicId: 'clinic-1', clientId, date,
    kind: 'walk-in', status: 'seen', ...over,
  } as Appointment;
}

function advice(id: string, clientId: string, date: string, categories: string[], over: Partial<AdviceEntry> = {}): AdviceEntry {
  return {
    id, createdAt: AT, updatedAt: AT, clientId, date, adviserName: 'Adviser', clinicId: 'clinic-1',
    categories, outcome: 'advice-given', minutes: 30, followUpDone: false, notes: 'private note text', ...over,
  } as AdviceEntry;
}

const tinyOptions: ReportOptions = {
  period: { from: '2026-01', to: '2026-03' },
  rules: { threshold: 5, rounding: 1 },
  categories: DEFAULT_ISSUE_CATEGORIES,
  hourlyRate: 10,
  countryName: (code) => ({ SY: 'Syria', PL: 'Poland' })[code] ?? code,
  languageName: (code) => ({ ara: 'Arabic', pol: 'Polish' })[code] ?? code,
};

const empty: ReportInput = { clients: [], appointments: [], adviceEntries: [], referrals: [], services: [], volunteers: [], shifts: [] };

describe('the community report of a tiny forum', () => {
  const ids = ['1', '2', '3', '4', '5', '6', '7', '8'];
  const clients = ids.map((id, i) => client(id, i < 6 ? { nationality: 'SY', languages: ['ara'] } : { nationality: 'PL', languages: ['pol'] }));
  const appointments = [
    ...ids.map((id) => appointment(`a${id}`, id, '2026-02-10')),
    appointment('b1', '1', '2026-01-12', { kind: 'booked', status: 'seen' }),
    appointment('b2', '2', '2026-01-12', { kind: 'booked', status: 'cancelled' }),
    // Outside the period: not counted.
    appointment('old', '1', '2025-12-30'),
  ];
  const adviceEntries = [
    ...['1', '2', '3', '4', '5', '6'].map((id) => advice(`e${id}`, id, '2026-02-10', ['housing'], { appointmentId: `a${id}` })),
    advice('e7', '7', '2026-02-10', ['benefits'], { appointmentId: 'a7' }),
  ];
  const report = buildReport({ ...empty, clients, appointments, adviceEntries }, tinyOptions);

  it('suppresses exactly the small headline numbers', () => {
    // People seen 8; new 7 (client 1 was first seen in December); contacts 8 walk-ins + 1
    // booking (the cancelled one is not a contact); 1 booking: small; 8 walk-ins.
    expect(tableOf(report, 'headline').table.cells).toEqual([[v(8)], [v(7)], [v(9)], [S], [v(8)]]);
    // 1 of 1 bookings attended: too few for a rate. 3.5 hours from 7 entries: 4 hours, small.
    expect(tableOf(report, 'attendance-rate').table.cells).toEqual([[S]]);
    expect(tableOf(report, 'advice-hours').table.cells).toEqual([[S]]);
  });

  it('hides a small nationality and the one other that would give it away', () => {
    const t = tableOf(report, 'nationality').table;
    expect(t.rows).toEqual(['Poland', 'Syria']);
    expect(t.cells).toEqual([[S], [S]]);
    expect(t.rowTotals).toEqual([S, S]);
    expect(t.colTotals).toEqual([v(8)]);
    expect(t.grandTotal).toEqual(v(8));
  });

  it('hides a small issue, its partner and the row total that would give the partner away', () => {
    const t = tableOf(report, 'issues').table;
    const housing = t.rows.indexOf('Housing and homelessness');
    const benefits = t.rows.indexOf('Benefits and welfare');
    // No previous records: the issues table has this period only.
    expect(t.cols).toEqual(['This period']);
    expect(t.cells[housing]).toEqual([S]);
    expect(t.cells[benefits]).toEqual([S]);
    expect(t.rowTotals[housing]).toEqual(S);
    expect(t.rowTotals[benefits]).toEqual(S);
    t.rows.forEach((_, i) => {
      if (i !== housing && i !== benefits) expect(t.cells[i]).toEqual([v(0)]);
    });
    expect(t.colTotals).toEqual([v(7)]);
    expect(t.grandTotal).toEqual(v(7));
    expect(t.rows).toHaveLength(DEFAULT_ISSUE_CATEGORIES.length);
    expect(t.rows[t.rows.length - 1]).toBe('Other');
    // No previous records: no emerging issues.
    expect(tableOf(report, 'emerging-issues').table.rows).toEqual([]);
    expect(report.notes.join(' ')).toContain('no records for the previous period');
  });

  it('writes CSV with totals and the word suppressed', () => {
    expect(reportTableToCsv(tableOf(report, 'nationality').table)).toBe(
      'Category,People,Total\r\nPoland,suppressed,suppressed\r\nSyria,suppressed,suppressed\r\nTotal,8,8\r\n',
    );
    expect(reportEntryToCsv(tableOf(report, 'headline'))).toBe(
      'Measure,Number\r\nPeople seen,8\r\nNew people,7\r\nContacts,9\r\nBooked appointments,suppressed\r\nWalk-ins,8\r\n',
    );
  });

  it('quotes CSV text and defuses spreadsheet formulas', () => {
    const csv = reportTableToCsv({
      rows: ['=HYPERLINK("x")', 'Housing, repairs'],
      cols: ['Count'],
      cells: [[v(10)], [S]],
      rowTotals: [v(10), S],
      colTotals: [v(15)],
      grandTotal: v(15),
    });
    expect(csv).toBe('Category,Count,Total\r\n"\'=HYPERLINK(""x"")",10,10\r\n"Housing, repairs",suppressed,suppressed\r\nTotal,15,15\r\n');
  });
});

describe('the community report: needs, interpreting, referrals and volunteering', () => {
  const categories: IssueCategory[] = [
    ...DEFAULT_ISSUE_CATEGORIES,
    { id: 'housing-repairs', label: 'Repairs', parentId: 'housing', retired: false },
  ];
  const clients = Array.from({ length: 60 }, (_, i) => client(String(i + 1), { nationality: 'SY', languages: ['ara'] }));
  const entries: AdviceEntry[] = [];
  const add = (n: number, date: string, cats: string[]) => {
    for (let i = 0; i < n; i += 1) entries.push(advice(`e${entries.length}`, String((entries.length % 60) + 1), date, cats));
  };
  add(20, '2025-11-05', ['housing']); // previous period
  add(10, '2025-11-05', ['benefits']);
  add(12, '2025-11-05', ['employment']);
  add(30, '2026-02-05', ['housing', 'housing-repairs']); // counts once for Housing
  add(10, '2026-02-05', ['housing-repairs']);
  add(10, '2026-03-05', ['benefits']);
  add(6, '2026-03-05', ['employment']);
  add(8, '2026-03-05', ['no-such-category']);

  const interpreterAppointments = Array.from({ length: 14 }, (_, i) =>
    appointment(`i${i}`, String(i + 1), '2026-02-10', { interpreterLanguage: i < 12 ? 'ara' : 'pol', sessionId: i < 6 ? 'covered' : 'uncovered' }),
  );
  const volunteer = {
    id: 'vol-1', createdAt: AT, updatedAt: AT, name: 'Volunteer One', roles: ['interpreter'],
    languages: [{ code: 'ara', level: 'native' }], checks: [], availability: [], away: [], active: true,
  } as Volunteer;
  const shift = (id: string, over: Partial<Shift>): Shift =>
    ({ id, createdAt: AT, updatedAt: AT, sessionId: 'covered', clinicId: 'clinic-1', date: '2026-02-10', startTime: '10:00', endTime: '14:00', role: 'interpreter', ...over }) as Shift;
  const shifts = [
    shift('s1', { volunteerId: 'vol-1', attended: true }),
    ...Array.from({ length: 5 }, (_, i) => shift(`r${i}`, { volunteerId: 'vol-1', attended: true, role: 'job-club-helper', sessionId: `other-${i}` })),
    shift('absent', { volunteerId: 'vol-1', attended: false, role: 'receptionist' }),
    shift('open', { role: 'receptionist' }),
  ];
  const data: ReportInput = { ...empty, clients, adviceEntries: entries, appointments: interpreterAppointments, volunteers: [volunteer], shifts };
  const report = buildReport(data, { ...tinyOptions, categories });

  it('rolls sub-categories up, counts each entry once per main category and compares with the previous period', () => {
    const t = tableOf(report, 'issues').table;
    const row = (label: string) => t.cells[t.rows.indexOf(label)];
    expect(row('Housing and homelessness')).toEqual([v(40), v(20)]);
    expect(row('Benefits and welfare')).toEqual([v(10), v(10)]);
    expect(row('Employment and job seeking')).toEqual([v(6), v(12)]);
    expect(row('Other')).toEqual([v(8), v(0)]);
    expect(t.rows.slice(0, 2)).toEqual(['Housing and homelessness', 'Benefits and welfare']);
    expect(t.rows).not.toContain('Repairs');
    expect(tableOf(report, 'emerging-issues').table).toEqual({
      rows: ['Housing and homelessness'],
      cols: ['This period', 'Previous period', 'Change'],
      cells: [[v(40), v(20), v(20)]],
      rowTotals: [S],
      colTotals: [S, S, S],
      grandTotal: S,
    });
    const trend = tableOf(report, 'issues-by-month').table;
    expect(trend.rows).toEqual(['January 2026', 'February 2026', 'March 2026']);
    expect(trend.cols).toEqual(['Housing and homelessness', 'Benefits and welfare', 'Employment and job seeking']);
    expect(trend.cells).toEqual([[v(0), v(0), v(0)], [v(40), v(0), v(0)], [v(0), v(10), v(6)]]);
  });

  it('splits interpreter requests by whether a speaker was on the rota', () => {
    const t = tableOf(report, 'interpreting').table;
    expect(t.cols).toEqual(['Interpreter on the rota', 'No interpreter on the rota']);
    // Arabic: 6 covered, 6 not; Polish: 2 requests (small, and the only small row, so not pooled).
    expect(t.rows).toEqual(['Arabic', 'Polish']);
    // The 2 is hidden; the 6 beside it in its column, then the Arabic total (which with the
    // grand total would give the Polish total away) are hidden too.
    expect(t.cells).toEqual([[v(6), S], [v(0), S]]);
    expect(t.rowTotals).toEqual([S, S]);
    expect(t.colTotals).toEqual([v(6), v(8)]);
    expect(t.grandTotal).toEqual(v(14));
  });

  it('counts volunteering from attended shifts and values the published hours', () => {
    expect(tableOf(report, 'volunteers').table.cells).toEqual([[S], [v(6)]]);
    const hours = tableOf(report, 'hours-by-role').table;
    // 4 interpreter hours are small, so the 20 job club hours are hidden too; the total shows.
    expect(hours.rows).toEqual(['Interpreter', 'Job club helper']);
    expect(hours.cells).toEqual([[S], [S]]);
    expect(hours.grandTotal).toEqual(v(24));
    expect(tableOf(report, 'volunteer-value').table.cells).toEqual([[v(240)]]);
  });
});

describe('the community report: the monthly issues table', () => {
  it('drops an issue whose total it would have to hide, since the issues table shows it', () => {
    const clients = Array.from({ length: 30 }, (_, i) => client(String(i + 1)));
    const entries: AdviceEntry[] = [];
    const add = (n: number, date: string, cats: string[]) => {
      for (let i = 0; i < n; i += 1) entries.push(advice(`e${entries.length}`, String((entries.length % 30) + 1), date, cats));
    };
    add(40, '2026-02-05', ['housing']);
    add(3, '2026-02-05', ['benefits']);
    add(20, '2026-03-05', ['benefits']);
    const report = buildReport({ ...empty, clients, adviceEntries: entries }, tinyOptions);
    const issues = tableOf(report, 'issues').table;
    expect(issues.cells[0]).toEqual([v(40)]);
    expect(issues.cells[1]).toEqual([v(23)]);
    // With both columns, the 3 would hide the 40 beside it, and then both column totals:
    // but the issues table shows them. Dropping Benefits leaves nothing to hide.
    expect(tableOf(report, 'issues-by-month').table).toEqual({
      rows: ['January 2026', 'February 2026', 'March 2026'],
      cols: ['Housing and homelessness'],
      cells: [[v(0)], [v(40)], [v(0)]],
      rowTotals: [v(0), v(40), v(0)],
      colTotals: [v(40)],
      grandTotal: v(40),
    });
  });
});
