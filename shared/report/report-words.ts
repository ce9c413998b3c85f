/**
 * The words a Community Intelligence Report is written in: section and table titles, row
 * and column headings, the labels of fixed categories (age bands, genders, referral
 * statuses, the measures of the headline) and the method notes. `buildReport` takes them as
 * an option, so the report (its screen, its printed pages and its CSV, spreadsheet and JSON
 * files) is built in whichever language the renderer words them in; English is the default,
 * and what the unit tests read. Every key is a code: the renderer maps each to a catalogue
 * message (renderer/features/reports/words/report-words.ts).
 */
import type { AgeBand, Gender, ReferralStatus } from '../schemas';
import { monthLabel, periodLabel, type ReportPeriod } from './period';

export const REPORT_SECTION_IDS = ['headline', 'who-came', 'needs', 'interpreting', 'referrals', 'volunteering', 'trend'] as const;
export type ReportSectionId = (typeof REPORT_SECTION_IDS)[number];

export const REPORT_TABLE_IDS = [
  'headline',
  'attendance-rate',
  'advice-hours',
  'nationality',
  'first-language',
  'gender',
  'age',
  'area',
  'years-since-arrival',
  'issues',
  'emerging-issues',
  'interpreting',
  'referrals-by-service',
  'referrals-by-outcome',
  'volunteers',
  'hours-by-role',
  'volunteer-value',
  'contacts-by-month',
  'issues-by-month',
] as const;
export type ReportTableId = (typeof REPORT_TABLE_IDS)[number];

export const REPORT_ROW_HEADERS = ['measure', 'nationality', 'language', 'gender', 'age', 'area', 'years', 'issue', 'kind-of-service', 'status', 'role', 'month'] as const;
export type ReportRowHeader = (typeof REPORT_ROW_HEADERS)[number];

export const REPORT_COLUMNS = [
  'number',
  'percent',
  'hours',
  'people',
  'this-period',
  'previous-period',
  'change',
  'interpreter-on-rota',
  'no-interpreter-on-rota',
  'referrals',
  'pounds',
  'contacts',
] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];

export const REPORT_MEASURES = [
  'people-seen',
  'new-people',
  'contacts',
  'booked',
  'walk-ins',
  'attended',
  'advice-hours',
  'volunteers-active',
  'shifts-worked',
  'estimated-value',
] as const;
export type ReportMeasure = (typeof REPORT_MEASURES)[number];

export const ARRIVAL_BANDS = ['0-1', '2-4', '5-9', '10-plus', 'not-known'] as const;
export type ArrivalBand = (typeof ARRIVAL_BANDS)[number];

/** What the method notes say, as facts; the words put them in sentences. */
export interface ReportNoteFacts {
  period: ReportPeriod;
  oneClinic: boolean;
  threshold: number;
  rounding: number;
  /** The smallest count shown once rounded (a count at the threshold is never shown as less). */
  lowest: number;
  hasPrevious: boolean;
  /** The year ages and years since arrival are worked out for. */
  year: number;
}

export interface ReportWords {
  section: Readonly<Record<ReportSectionId, string>>;
  table: Readonly<Record<ReportTableId, string>>;
  rowHeader: Readonly<Record<ReportRowHeader, string>>;
  column: Readonly<Record<ReportColumn, string>>;
  measure: Readonly<Record<ReportMeasure, string>>;
  ageBand: Readonly<Record<AgeBand, string>>;
  gender: Readonly<Record<Gender, string>>;
  arrival: Readonly<Record<ArrivalBand, string>>;
  referralStatus: Readonly<Record<ReferralStatus, string>>;
  /** Small categories pooled together. */
  other: string;
  notRecorded: string;
  notCategorised: string;
  /** The clinic's name when a one-clinic report was given none. */
  oneClinic: string;
  /** The gender groups other than woman and man, pooled. */
  genderOther: string;
  /** The pool when woman or man (named, already worded) had to join it. */
  genderPool(named: readonly string[]): string;
  /** A rota role code ("job-club-helper") as a heading. */
  role(role: string): string;
  /** "2026-03" → "March 2026". */
  month(month: string): string;
  period(period: ReportPeriod): string;
  notes(facts: ReportNoteFacts): string[];
}

/** "job-club-helper" → "Job club helper". */
export function humanise(text: string): string {
  const spaced = text.replace(/[-_]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export const ENGLISH_REPORT_WORDS: ReportWords = {
  section: {
    headline: 'At a glance',
    'who-came': 'Who came',
    needs: 'What people needed help with',
    interpreting: 'Interpreting',
    referrals: 'Referrals to other services',
    volunteering: 'Volunteering',
    trend: 'Month by month',
  },
  table: {
    headline: 'People and contacts',
    'attendance-rate': 'Attendance at booked appointments',
    'advice-hours': 'Time spent giving advice',
    nationality: 'Nationality',
    'first-language': 'First language',
    gender: 'Gender',
    age: 'Age',
    area: 'Area (postcode district)',
    'years-since-arrival': 'Years since arriving in the UK',
    issues: 'Issues raised in advice sessions',
    'emerging-issues': 'Emerging issues: the largest rises since the previous period',
    interpreting: 'Interpreter requests by language (the total is all requests)',
    'referrals-by-service': 'Referrals by kind of service',
    'referrals-by-outcome': 'Referrals by where they have got to',
    volunteers: 'Volunteers',
    'hours-by-role': 'Volunteer hours by role',
    'volunteer-value': 'Estimated value of volunteers’ time',
    'contacts-by-month': 'Contacts by month',
    'issues-by-month': 'The most common issues by month',
  },
  rowHeader: {
    measure: 'Measure',
    nationality: 'Nationality',
    language: 'Language',
    gender: 'Gender',
    age: 'Age',
    area: 'Area',
    years: 'Years',
    issue: 'Issue',
    'kind-of-service': 'Kind of service',
    status: 'Status',
    role: 'Role',
    month: 'Month',
  },
  column: {
    number: 'Number',
    percent: 'Percent',
    hours: 'Hours',
    people: 'People',
    'this-period': 'This period',
    'previous-period': 'Previous period',
    change: 'Change',
    'interpreter-on-rota': 'Interpreter on the rota',
    'no-interpreter-on-rota': 'No interpreter on the rota',
    referrals: 'Referrals',
    pounds: 'Pounds',
    contacts: 'Contacts',
  },
  measure: {
    'people-seen': 'People seen',
    'new-people': 'New people',
    contacts: 'Contacts',
    booked: 'Booked appointments',
    'walk-ins': 'Walk-ins',
    attended: 'Booked appointments attended',
    'advice-hours': 'Hours of advice',
    'volunteers-active': 'Volunteers active',
    'shifts-worked': 'Shifts worked',
    'estimated-value': 'Estimated value',
  },
  ageBand: {
    'under-18': 'Under 18',
    '18-24': '18 to 24',
    '25-34': '25 to 34',
    '35-44': '35 to 44',
    '45-54': '45 to 54',
    '55-64': '55 to 64',
    '65-plus': '65 and over',
  },
  gender: {
    woman: 'Woman',
    man: 'Man',
    'non-binary': 'Non-binary',
    'self-described': 'In their own words',
    'prefer-not-to-say': 'Prefer not to say',
  },
  arrival: {
    '0-1': '0 to 1 years',
    '2-4': '2 to 4 years',
    '5-9': '5 to 9 years',
    '10-plus': '10 years or more',
    'not-known': 'Not known',
  },
  referralStatus: {
    draft: 'Draft',
    sent: 'Sent',
    acknowledged: 'Acknowledged',
    accepted: 'Accepted',
    declined: 'Declined',
    completed: 'Completed',
    'no-contact': 'No contact',
  },
  other: 'Other',
  notRecorded: 'Not recorded',
  notCategorised: 'Not categorised',
  oneClinic: 'One clinic',
  genderOther: 'Another way / not recorded',
  genderPool: (named) => `${named.join(', ')}, another way or not recorded`,
  role: humanise,
  month: monthLabel,
  period: periodLabel,
  notes: ({ period, oneClinic, threshold, rounding, lowest, hasPrevious, year }) => [
    `This report covers ${periodLabel(period)}${oneClinic ? ', for one clinic only' : ''}. It holds only counts of groups: no names, contact details, dates or notes.`,
    `Counts from 1 to ${threshold - 1} are not shown (marked “suppressed”). A 0 means none.`,
    rounding > 1
      ? `All numbers are rounded to the nearest ${rounding}${lowest > threshold ? ` (a count of ${threshold} or more is never shown as less than ${lowest})` : ''}. Totals are rounded from the true totals, so they may not equal the sum of the rounded rows.`
      : 'Numbers are not rounded.',
    `Where a number in a row or column is hidden, more are hidden with it, so that neither a hidden number nor the hidden numbers of a row or column together can be worked out to be fewer than ${threshold} from the totals.`,
    `Small groups are combined, into “Other” (for gender, “Another way / not recorded”), where that lets their total be shown rather than hiding the group beside them.`,
    'People seen: everyone who attended an appointment or had an advice session. New people: those whose first ever contact with the forum was in this period.',
    'Contacts: appointments that took place plus advice sessions without an appointment. Attendance rate: attended booked appointments out of those with a recorded outcome, shown only when both numbers are large enough.',
    'Needs: each advice session counts once for each main issue it covered (sub-issues count under their main issue), so a session can count under more than one issue.',
    hasPrevious
      ? 'Emerging issues: the largest rises in published numbers since the previous period of the same length.'
      : 'Emerging issues: not shown, as there are no records for the previous period.',
    'Interpreting: appointments that asked for an interpreter, and whether a volunteer who speaks the language was on that session’s rota.',
    'Referrals: referrals made in the period (drafts not counted), by the kind of service and by where they have got to now.',
    'Volunteering: shifts attended in the period. The estimated value is the rounded total hours times the hourly rate, rounded.',
    `Ages and years since arrival are worked out for ${year}.`,
  ],
};
