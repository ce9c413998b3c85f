/** Dates and times as a volunteer reads them: "Tuesday 24 November 2026", "10:30". */

const longDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

const asUtc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export const formatLongDate = (isoDate: string): string => longDate.format(asUtc(isoDate));
export const formatShortDate = (isoDate: string): string => shortDate.format(asUtc(isoDate));
export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));

/** Today in the forum's local time, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
