/**
 * The report's words in one of the app's languages, from the reports catalogue: every
 * code of shared/report/report-words.ts mapped to its message, months and periods through
 * the format module, and the method notes as ICU messages. Built once per language.
 */
import type { TFunction } from 'i18next';
import {
  ARRIVAL_BANDS,
  humanise,
  REPORT_COLUMNS,
  REPORT_MEASURES,
  REPORT_ROW_HEADERS,
  REPORT_SECTION_IDS,
  REPORT_TABLE_IDS,
  type ReportNoteFacts,
  type ReportWords,
} from '../../../../shared/report/report-words';
import type { ReportPeriod } from '../../../../shared/report/period';
import { AGE_BANDS, GENDERS, REFERRAL_STATUSES } from '../../../../shared/schemas';
import type { Formatter } from '../../../i18n/format';

export type ReportsT = TFunction<'reports'>;

/** The rota's own roles have names in the catalogue; a forum's own role is shown as written. */
export const KNOWN_ROLES = ['receptionist', 'adviser', 'interpreter', 'job-club-helper', 'coordinator'] as const;
type KnownRole = (typeof KNOWN_ROLES)[number];
const isKnownRole = (role: string): role is KnownRole => (KNOWN_ROLES as readonly string[]).includes(role);

function record<K extends string>(keys: readonly K[], word: (key: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, word(key)])) as Record<K, string>;
}

/** "March 2026" in the language. */
export function monthWords(format: Formatter, month: string): string {
  return format.date(`${month}-01`, 'monthYear');
}

/** "March 2026", or "January 2026 to December 2026". */
export function periodWords(t: ReportsT, format: Formatter, period: ReportPeriod): string {
  return period.from === period.to
    ? monthWords(format, period.from)
    : t('report.period', { from: monthWords(format, period.from), to: monthWords(format, period.to) });
}

function notes(t: ReportsT, format: Formatter, facts: ReportNoteFacts): string[] {
  const { threshold, rounding, lowest } = facts;
  const period = periodWords(t, format, facts.period);
  return [
    facts.oneClinic ? t('report.notes.coversOneClinic', { period }) : t('report.notes.covers', { period }),
    t('report.notes.hidden', { highest: threshold - 1 }),
    rounding > 1
      ? lowest > threshold
        ? t('report.notes.roundedFloor', { rounding, threshold, lowest })
        : t('report.notes.rounded', { rounding })
      : t('report.notes.notRounded'),
    t('report.notes.secondary', { threshold }),
    t('report.notes.pooled', { other: t('report.other'), genderOther: t('report.genderOther') }),
    t('report.notes.people'),
    t('report.notes.contacts'),
    t('report.notes.needs'),
    facts.hasPrevious ? t('report.notes.emerging') : t('report.notes.noEmerging'),
    t('report.notes.interpreting'),
    t('report.notes.referrals'),
    t('report.notes.volunteering'),
    t('report.notes.year', { year: String(facts.year) }),
  ];
}

export function reportWordsFor(t: ReportsT, format: Formatter): ReportWords {
  return {
    section: record(REPORT_SECTION_IDS, (id) => t(`report.section.${id}`)),
    table: record(REPORT_TABLE_IDS, (id) => t(`report.table.${id}`)),
    rowHeader: record(REPORT_ROW_HEADERS, (id) => t(`report.rowHeader.${id}`)),
    column: record(REPORT_COLUMNS, (id) => t(`report.column.${id}`)),
    measure: record(REPORT_MEASURES, (id) => t(`report.measure.${id}`)),
    ageBand: record(AGE_BANDS, (band) => t(`report.ageBand.${band}`)),
    gender: record(GENDERS, (gender) => t(`report.gender.${gender}`)),
    arrival: record(ARRIVAL_BANDS, (band) => t(`report.arrival.${band}`)),
    referralStatus: record(REFERRAL_STATUSES, (status) => t(`report.status.${status}`)),
    other: t('report.other'),
    notRecorded: t('report.notRecorded'),
    notCategorised: t('report.notCategorised'),
    oneClinic: t('report.oneClinic'),
    genderOther: t('report.genderOther'),
    genderPool: (named) => t('report.genderPool', { named: format.list(named) }),
    role: (role) => (isKnownRole(role) ? t(`report.role.${role}`) : humanise(role)),
    month: (month) => monthWords(format, month),
    period: (period) => periodWords(t, format, period),
    notes: (facts) => notes(t, format, facts),
  };
}
