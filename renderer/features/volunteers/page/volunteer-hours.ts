/** A volunteer's hours over a period, for the page and the hours letter. */
import { hoursSummary, type HoursSummary } from '../../../../shared/rota/hours';
import { addMonths } from '../../../../shared/schedule/dates';
import type { Shift, Volunteer } from '../../../../shared/schemas';

/** The 12 calendar months ending with this one: from the 1st, eleven months back, to today. */
export function last12Months(today: string): { from: string; to: string; months: string[] } {
  const first = addMonths(`${today.slice(0, 7)}-01`, -11);
  const months = Array.from({ length: 12 }, (_, i) => addMonths(first, i).slice(0, 7));
  return { from: first, to: today, months };
}

/** Every attended shift up to today. */
export const ALL_TIME_FROM = '1900-01-01';

export function volunteerHours(volunteer: Pick<Volunteer, 'id' | 'name'>, shifts: readonly Shift[], from: string, to: string, hourlyRate: number): HoursSummary {
  return hoursSummary(shifts, [volunteer], { from, to, hourlyRate });
}
