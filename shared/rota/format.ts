/** Plain-English wording shared by the rota messages, calendar titles and hours report. */

// Dates in words live with the other date helpers; the rota's wording uses them from here.
export { longDate, monthName, weekdayName } from '../schedule/date-words';

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
