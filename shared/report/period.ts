/**
 * Report periods: whole calendar months, from the first month to the last month
 * inclusive. Months are `YYYY-MM` strings and dates `YYYY-MM-DD`, so they compare as text.
 * A report never shows anything finer than a month.
 */
import { MONTH_NAMES } from '../schedule/date-words';

export interface ReportPeriod {
  /** First month, `YYYY-MM`. */
  from: string;
  /** Last month, inclusive, `YYYY-MM`. */
  to: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(\d{2})$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** Months since year 0: a number that steps by one from month to month. */
function monthIndex(month: string): number {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month `months` after (or before, when negative) the given month. */
export function addMonthsToMonth(month: string, months: number): string {
  return monthFromIndex(monthIndex(month) + months);
}

/** The `YYYY-MM` month of a `YYYY-MM-DD` date (or of a month itself). */
export function monthOf(date: string): string {
  if (MONTH.test(date)) return date;
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  return `${match[1]}-${match[2]}`;
}

/** Number of days in a month (`YYYY-MM`). */
export function daysInMonth(month: string): number {
  const index = monthIndex(month);
  const year = Math.floor(index / 12);
  const m = index - year * 12 + 1;
  if (m === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Throws a RangeError unless both ends are months and `to` is not before `from`. */
export function checkPeriod(period: ReportPeriod): void {
  if (monthIndex(period.to) < monthIndex(period.from)) {
    throw new RangeError(`The period ends (${period.to}) before it starts (${period.from})`);
  }
}

/** How many months the period covers. */
export function periodLength(period: ReportPeriod): number {
  checkPeriod(period);
  return monthIndex(period.to) - monthIndex(period.from) + 1;
}

/** Every month in the period, in order. */
export function monthsIn(period: ReportPeriod): string[] {
  const start = monthIndex(period.from);
  return Array.from({ length: periodLength(period) }, (_, i) => monthFromIndex(start + i));
}

/** The period of the same length that ends the month before this one starts. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const length = periodLength(period);
  return { from: addMonthsToMonth(period.from, -length), to: addMonthsToMonth(period.from, -1) };
}

/** The first and last calendar dates of the period. */
export function periodDates(period: ReportPeriod): { fromDate: string; toDate: string } {
  checkPeriod(period);
  return { fromDate: `${period.from}-01`, toDate: `${period.to}-${String(daysInMonth(period.to)).padStart(2, '0')}` };
}

/** Whether a `YYYY-MM-DD` date (or a `YYYY-MM` month) falls in the period. */
export function inPeriod(date: string, period: ReportPeriod): boolean {
  const month = date.slice(0, 7);
  return month >= period.from && month <= period.to;
}

/** The calendar quarter (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) holding a date or month. */
export function quarterOf(date: string): ReportPeriod {
  const month = monthOf(date);
  const index = monthIndex(month);
  const start = index - (index % 3);
  return { from: monthFromIndex(start), to: monthFromIndex(start + 2) };
}

/** The twelve months ending with (and including) the given month: an annual report. */
export function yearEnding(month: string): ReportPeriod {
  const to = monthOf(month);
  return { from: addMonthsToMonth(to, -11), to };
}

/** "March 2026" */
export function monthLabel(month: string): string {
  const index = monthIndex(month);
  const year = Math.floor(index / 12);
  return `${MONTH_NAMES[index - year * 12]} ${year}`;
}

/** "December 2025 to November 2026", or "March 2026" for a single month. */
export function periodLabel(period: ReportPeriod): string {
  checkPeriod(period);
  return period.from === period.to ? monthLabel(period.from) : `${monthLabel(period.from)} to ${monthLabel(period.to)}`;
}
