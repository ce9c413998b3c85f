import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportCsvZip } from '../../../../../renderer/features/reports/export/report-files';
import { reportFileWords } from '../../../../../renderer/features/reports/words/file-words';
import { reportWordsFor } from '../../../../../renderer/features/reports/words/report-words';
import { formatterFor, i18n } from '../../../../../renderer/i18n';
import { buildReport } from '../../../../../shared/report/build-report';
import type { AdviceEntry, Appointment, Client } from '../../../../../shared/schemas';
import { DEFAULT_ISSUE_CATEGORIES } from '../../../../../shared/schemas';

const AT = '2026-01-01T09:00:00.000Z';
const people = Array.from({ length: 30 }, (_, i) =>
  ({ id: String(i), createdAt: AT, updatedAt: AT, ref: `C-${i}`, name: `P ${i}`, languages: [], interpreterNeeded: false, gender: i % 2 ? 'man' : 'woman', consents: { storage: { given: true, date: '2026-01-01', recordedBy: 'D' } } }) as Client,
);
const appointments = people.map((p) => ({ id: `a${p.id}`, createdAt: AT, updatedAt: AT, sessionId: 's', clinicId: 'c', clientId: p.id, date: '2026-02-10', kind: 'walk-in', status: 'seen' }) as Appointment);
const advice = people.map((p) => ({ id: `e${p.id}`, createdAt: AT, updatedAt: AT, clientId: p.id, date: '2026-02-10', adviserName: 'A', clinicId: 'c', categories: ['housing'], outcome: 'advice-given', minutes: 30, followUpDone: false }) as AdviceEntry);

describe('the zipped CSV files of a report', () => {
  it('leaves out a table with nothing in it, and says so in the README', () => {
    const report = buildReport(
      { clients: people, appointments, adviceEntries: advice, referrals: [], services: [], volunteers: [], shifts: [] },
      { period: { from: '2026-01', to: '2026-03' }, rules: { threshold: 5, rounding: 1 }, categories: DEFAULT_ISSUE_CATEGORIES, hourlyRate: 10, countryName: (c) => c, languageName: (c) => c },
    );
    const files = unzipSync(reportCsvZip(report, reportFileWords(i18n.getFixedT('en-GB', 'reports'), formatterFor('en-GB'), report)));
    const names = Object.keys(files);
    expect(names.some((n) => n.endsWith('-gender.csv'))).toBe(true);
    expect(names.some((n) => n.endsWith('-interpreting.csv'))).toBe(false);
    expect(strFromU8(files['README.txt']!)).toContain('Interpreter requests by language (the total is all requests): none in this period, so there is no file for it.');
    expect(strFromU8(files[names.find((n) => n.endsWith('-gender.csv'))!]!)).toBe('Gender,People\r\nMan,15\r\nWoman,15\r\nTotal,30\r\n');
  });
});

describe('a report built in another language', () => {
  it('has its titles, labels, notes and CSV headings in that language', async () => {
    const { ensureLanguageLoaded } = await import('../../../../../renderer/i18n');
    await ensureLanguageLoaded('pl');
    const t = i18n.getFixedT('pl', 'reports');
    const format = formatterFor('pl');
    const report = buildReport(
      { clients: people, appointments, adviceEntries: advice, referrals: [], services: [], volunteers: [], shifts: [] },
      {
        period: { from: '2026-01', to: '2026-03' },
        rules: { threshold: 5, rounding: 1 },
        categories: DEFAULT_ISSUE_CATEGORIES,
        hourlyRate: 10,
        countryName: (c) => c,
        languageName: (c) => c,
        words: reportWordsFor(t, format),
      },
    );
    const files = unzipSync(reportCsvZip(report, reportFileWords(t, format, report)));
    const names = Object.keys(files);
    expect(strFromU8(files[names.find((n) => n.endsWith('-gender.csv'))!]!)).toBe('Płeć,Osoby\r\nKobieta,15\r\nMężczyzna,15\r\nRazem,30\r\n');
    const readme = strFromU8(files['README.txt']!);
    expect(readme).toContain('Raport o potrzebach społeczności, styczeń 2026 – marzec 2026');
    expect(readme).toContain('Liczby od 1 do 4 nie są pokazywane');
    expect(report.sections.map((s) => s.title)).toContain('Kto przyszedł');
    expect(report.sections.flatMap((s) => s.tables).find((table) => table.id === 'contacts-by-month')!.table.rows).toEqual(['styczeń 2026', 'luty 2026', 'marzec 2026']);
  });
});
