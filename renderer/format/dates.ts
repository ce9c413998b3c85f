/** Dates and times as a volunteer reads them: "Tuesday 24 November 2026", "10:30". */
import { localNowOf } from '../../shared/schedule/local-now';
import { now } from '../platform/clock';

const longDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

const asUtc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export const formatLongDate = (isoDate: string): string => longDate.format(asUtc(isoDate));
export const formatShortDate = (isoDate: string): string => shortDate.format(asUtc(isoDate));
export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));

/** Today in the forum's local time, as YYYY-MM-DD, by the app's clock. */
export function localToday(at: Date = now()): string {
  return localNowOf(at).date;
}
