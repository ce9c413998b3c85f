/**
 * Dates and times as a volunteer reads them, in the chosen language: "Tuesday, 24 November
 * 2026", "10:30". Kept for the screens that call these; new code can use `useFormat()` from
 * renderer/i18n, which does this and more.
 */
import { localNowOf } from '../../shared/schedule/local-now';
import { format } from '../i18n/format';
import { now } from '../platform/clock';

export const formatLongDate = (isoDate: string): string => format().date(isoDate, 'long');
export const formatShortDate = (isoDate: string): string => format().date(isoDate, 'medium');
export const formatDateTime = (iso: string): string => format().dateTime(iso);

/** Today in the forum's local time, as YYYY-MM-DD, by the app's clock. */
export function localToday(at: Date = now()): string {
  return localNowOf(at).date;
}
