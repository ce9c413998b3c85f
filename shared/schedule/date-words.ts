/**
 * Dates in words, the same on every laptop (no Intl, so printed sheets, calendar titles
 * and rota messages never depend on the machine's locale). The one place that names the
 * months and weekdays in shared code.
 */

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** "3 March 2026" from "2026-03-03". */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d ?? ''} ${MONTH_NAMES[(m ?? 1) - 1] ?? ''} ${y ?? ''}`;
}

/** "3 Mar 2026" from "2026-03-03"; anything that is not a date comes back as it was. */
export function shortDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const month = MONTH_NAMES[(m ?? 0) - 1]?.slice(0, 3);
  if (y === undefined || d === undefined || month === undefined || Number.isNaN(y) || Number.isNaN(d)) return date;
  return `${d} ${month} ${y}`;
}

/** "December" from "2026-12-05" or "2026-12". */
export function monthName(date: string): string {
  return MONTH_NAMES[Number(date.slice(5, 7)) - 1] ?? date.slice(0, 7);
}

/** "Wednesday" for weekday 2 (0 = Monday, as availability counts weekdays). */
export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday] ?? 'that day';
}
