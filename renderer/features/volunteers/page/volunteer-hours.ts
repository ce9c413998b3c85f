/** A volunteer's hours over a period, for the page and the hours letter. */
import { hoursSummary, type HoursSummary } from '../../../../shared/rota/hours';
import { monthName } from '../../../../shared/rota/format';
import { addMonths } from '../../../../shared/schedule/dates';
import type { Shift, Volunteer } from '../../../../shared/schemas';
import { format } from '../../../i18n/format';

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

/** "March 2026" from "2026-03". */
export function monthAndYear(month: string): string {
  return `${monthName(month)} ${month.slice(0, 4)}`;
}

export const formatMoney = (pounds: number): string => format().money(pounds);

/** "12.5" hours, at most two decimals, with thousands separators. */
export const formatHours = (hours: number): string => format().number(Math.round(hours * 100) / 100);
