/** Advice follow-ups still to do: overdue, due today, or coming up in the next two weeks. */
import type { AdviceEntry } from '../schemas';
import { addDays, daysBetween, weekdayOf } from '../schedule/dates';

export const FOLLOW_UP_HORIZON_DAYS = 14;

export type FollowUpState = 'overdue' | 'due-today' | 'upcoming';

export interface FollowUpDue {
  entry: AdviceEntry;
  /** Days past the follow-up date: positive when overdue, 0 today, negative when upcoming. */
  overdueDays: number;
  state: FollowUpState;
}

export interface FollowUpOptions {
  /** Only this adviser's follow-ups (name compared ignoring case and spaces at the ends). */
  adviserName?: string;
  /** How far ahead "upcoming" reaches, in days (default 14). */
  horizonDays?: number;
}

const norm = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

/** Open follow-ups, most overdue first; ties by entry date then id, so the order is stable. */
export function followUpsDue(
  entries: readonly AdviceEntry[],
  today: string,
  options: FollowUpOptions = {},
): FollowUpDue[] {
  const horizon = addDays(today, options.horizonDays ?? FOLLOW_UP_HORIZON_DAYS);
  const adviser = options.adviserName !== undefined && options.adviserName.trim() !== '' ? norm(options.adviserName) : undefined;
  const due: FollowUpDue[] = [];
  for (const entry of entries) {
    const date = entry.followUpDate;
    if (date === undefined || entry.followUpDone || date > horizon) continue;
    if (adviser !== undefined && norm(entry.adviserName) !== adviser) continue;
    const overdueDays = daysBetween(date, today);
    due.push({ entry, overdueDays, state: overdueDays > 0 ? 'overdue' : overdueDays === 0 ? 'due-today' : 'upcoming' });
  }
  return due.sort(
    (a, b) => b.overdueDays - a.overdueDays || a.entry.date.localeCompare(b.entry.date) || a.entry.id.localeCompare(b.entry.id),
  );
}

/** Which open follow-ups a list shows: those needing action this week, or every one due by the horizon. */
export type FollowUpScope = 'this-week' | 'all';

/**
 * The due dates (inclusive) a scope covers. This week runs Monday to Sunday: what was due
 * since Monday and is still open, what is due today and what falls due by Sunday. "All"
 * adds every older open follow-up and reaches the usual horizon ahead.
 */
export function followUpWindow(scope: FollowUpScope, today: string, horizonDays = FOLLOW_UP_HORIZON_DAYS): { from: string; to: string } {
  if (scope === 'all') return { from: '', to: addDays(today, horizonDays) };
  const monday = addDays(today, -weekdayOf(today));
  return { from: monday, to: addDays(monday, 6) };
}

/** Whether a follow-up's adviser is the named one (ignoring case and spaces at the ends). */
export function isAdviser(entry: Pick<AdviceEntry, 'adviserName'>, adviserName: string): boolean {
  return norm(entry.adviserName) === norm(adviserName);
}
