/**
 * Days the forum is closed: UK bank holidays of the set the forum chose (England and
 * Wales, Scotland or Northern Ireland), plus the forum's own days with a reason. No
 * session is made on a closure day, and one already made is closed (see the renderer's
 * commands/closures.ts).
 */
import type { Closures } from '../schemas';
import type { BankHolidays } from './bank-holidays';

/**
 * Every closure day between two dates inclusive, as date → reason, in date order. A
 * forum's own day on a bank holiday keeps the forum's reason.
 */
export function closureDays(closures: Closures, from: string, to: string, holidays: BankHolidays): Map<string, string> {
  const days = new Map<string, string>();
  for (const day of holidays.between(closures.bankHolidays, from, to)) days.set(day.date, day.reason);
  for (const day of closures.ownDays) if (day.date >= from && day.date <= to) days.set(day.date, day.reason);
  return new Map([...days.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** The reason a session cancelled for a closure carries ("Forum closed: Christmas Day"). */
export function closureReason(reason: string): string {
  return `Forum closed: ${reason}`;
}
