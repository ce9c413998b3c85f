/**
 * The report's words cross to the worker as data: a report built from that data reads
 * exactly like one built with the words themselves, and a word the data lacks is an error,
 * never a silent fallback to English.
 */
import { describe, expect, it } from 'vitest';
import { countryName } from '../../../../shared/codes/countries';
import { languageName } from '../../../../shared/codes/languages';
import { generateForum } from '../../../../shared/demo/generate';
import { buildReport, type ReportOptions } from '../../../../shared/report/build-report';
import { ENGLISH_REPORT_WORDS, type ReportWords } from '../../../../shared/report/report-words';
import { MissingReportWordsError, reportWordsAsData, reportWordsFromData } from '../../../../shared/report/report-words-data';
import { DEFAULT_ISSUE_CATEGORIES } from '../../../../shared/schemas';

const forum = generateForum({ seed: 3, scale: 'demo', today: '2026-11-24' });

/** Words unlike the English defaults in every function, so a mix-up would show. */
const MARKED: ReportWords = {
  ...ENGLISH_REPORT_WORDS,
  genderPool: (named) => `«${named.join(' + ')}»`,
  role: (role) => (role === 'adviser' ? 'ADVISER' : `role:${role}`),
  month: (month) => `month ${month}`,
  period: (period) => `from ${period.from} until ${period.to}`,
  notes: (facts) => [`notes ${facts.period.from} ${facts.threshold} ${facts.rounding} ${facts.lowest} ${facts.hasPrevious} ${facts.oneClinic} ${facts.year}`],
};

describe('report words as data', () => {
  for (const clinicId of [undefined, forum.clinics[0]!.id]) {
    for (const rules of [{ threshold: 10, rounding: 5 }, { threshold: 3, rounding: 1 }]) {
      it(`build the same report (${clinicId ? 'one clinic' : 'all clinics'}, threshold ${rules.threshold})`, () => {
        const period = { from: '2026-09', to: '2026-11' };
        const options: ReportOptions = { period, ...(clinicId ? { clinicId } : {}), rules, categories: DEFAULT_ISSUE_CATEGORIES, hourlyRate: 12.6, countryName, languageName };
        const data = reportWordsAsData(MARKED, { period, oneClinic: clinicId !== undefined, rules, roles: [...new Set(forum.shifts.map((s) => s.role))] });
        // Through structured cloning, as a worker receives it.
        const words = reportWordsFromData(structuredClone(data));
        expect(buildReport(forum, { ...options, words })).toEqual(buildReport(forum, { ...options, words: MARKED }));
      });
    }
  }

  it('humanises a role it was not given, as the renderer\'s words do; a missing month or period is an error', () => {
    const period = { from: '2026-11', to: '2026-11' };
    const words = reportWordsFromData(reportWordsAsData(MARKED, { period, oneClinic: false, rules: { threshold: 10, rounding: 5 }, roles: ['adviser'] }));
    expect(words.role('adviser')).toBe('ADVISER');
    expect(words.role('tea-maker')).toBe('Tea maker');
    expect(words.month('2026-11')).toBe('month 2026-11');
    expect(() => words.month('2026-10')).toThrow(MissingReportWordsError);
    expect(() => words.period({ from: '2026-10', to: '2026-11' })).toThrow(MissingReportWordsError);
  });
});
