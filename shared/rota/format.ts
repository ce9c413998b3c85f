/** Plain-English wording shared by the rota messages, calendar titles and hours report. */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** "3 March 2026" from "2026-03-03". */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d ?? ''} ${MONTHS[(m ?? 1) - 1] ?? ''} ${y ?? ''}`;
}

/** "December" from "2026-12-05" or "2026-12". */
export function monthName(date: string): string {
  return MONTHS[Number(date.slice(5, 7)) - 1] ?? date.slice(0, 7);
}

/** "Wednesday" for weekday 2 (0 = Monday, as availability counts weekdays). */
export function weekdayName(weekday: number): string {
  return WEEKDAYS[weekday] ?? 'that day';
}

/** "14:00–16:00". */
export function timeRange(from: string, to: string): string {
  return `${from}–${to}`;
}

/** "job club helper" from "job-club-helper": a role as it reads inside a sentence. */
export function roleLabel(role: string): string {
  return role.replace(/[-_]+/g, ' ').trim();
}

/** "Job club helper": a role as it reads at the start of a title. */
export function roleTitle(role: string): string {
  const label = roleLabel(role);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** "an adviser", "a receptionist". */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
