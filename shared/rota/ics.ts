/**
 * A volunteer's (or the whole rota's) shifts as an iCalendar file (RFC 5545), so they can
 * be added to a phone or desktop calendar.
 *
 * Times are written as *floating local time* (`DTSTART:20261201T100000`, no `Z`, no
 * `TZID`): a shift at 10:00 is at 10:00 on the forum's wall clock, which is how the rota
 * stores it, and every calendar shows it at 10:00 wherever the device is set. A `TZID=
 * Europe/London` would oblige the file to carry a full VTIMEZONE definition (RFC 5545
 * §3.2.19), which the `ics` package does not write; a UTC time would need the forum's
 * time zone rules to convert, and would move if those rules changed. The times are passed
 * to `ics` as ready-made strings so the machine's own time zone never touches them.
 *
 * Lines are folded at 75 octets (`foldIcs`), as RFC 5545 asks, not 75 characters.
 *
 * Each event's UID is the shift id plus `@signpost`, so importing an updated file updates
 * the same events instead of adding copies.
 */
import { createEvents, type EventAttributes } from 'ics';
import { languageName } from '../codes/languages';
import { foldIcs } from '../export/ics-fold';
import { roleTitle } from './format';

export interface CalendarShift {
  id: string;
  date: string;
  startTime: string;
  endTime: string;
  role: string;
  clinicName: string;
  venue?: string;
  /** For an interpreter shift: the language, shown in the title. */
  language?: string;
  /** The event's title as the app words it in its language; `shiftTitle` (English) when absent. */
  title?: string;
}

export interface IcsOptions {
  /** DTSTAMP for every event, as an ISO instant; defaults to now. Fixing it makes the file reproducible. */
  stamp?: string;
  productId?: string;
}

export const UID_DOMAIN = 'signpost';

/** "20261201T100000" from a date and an HH:MM time. */
export function floatingTime(date: string, time: string): string {
  return `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;
}

/** "20261124T090000Z" from an ISO instant. */
function utcStamp(iso: string): string {
  const value = new Date(iso);
  if (Number.isNaN(value.getTime())) throw new Error(`Not a valid date and time for the calendar stamp: ${iso}`);
  return `${value.toISOString().slice(0, 19).replaceAll('-', '').replaceAll(':', '')}Z`;
}

/** "Adviser – Benefits clinic", "Interpreter (Arabic) – Daily drop-in advice". */
export function shiftTitle(shift: Pick<CalendarShift, 'role' | 'clinicName' | 'language'>): string {
  const role = shift.language ? `${roleTitle(shift.role)} (${languageName(shift.language)})` : roleTitle(shift.role);
  return `${role} – ${shift.clinicName}`;
}

/** The shifts as one VCALENDAR text with a VEVENT each. Throws an Error saying what was wrong. */
export function shiftsToIcs(shifts: readonly CalendarShift[], calendarName: string, options: IcsOptions = {}): string {
  const stamp = utcStamp(options.stamp ?? new Date().toISOString());
  const events = shifts.map((shift) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(shift.date) || !/^\d{2}:\d{2}$/.test(shift.startTime) || !/^\d{2}:\d{2}$/.test(shift.endTime)) {
      throw new Error(`Shift ${shift.id} has no proper date and times (${shift.date} ${shift.startTime}–${shift.endTime})`);
    }
    if (shift.endTime <= shift.startTime) {
      throw new Error(`Shift ${shift.id} ends (${shift.endTime}) before it starts (${shift.startTime})`);
    }
    // `timestamp` is accepted by the package (it is DTSTAMP) but missing from its types.
    const event: EventAttributes & { timestamp: string } = {
      uid: `${shift.id}@${UID_DOMAIN}`,
      title: shift.title ?? shiftTitle(shift),
      start: floatingTime(shift.date, shift.startTime),
      end: floatingTime(shift.date, shift.endTime),
      timestamp: stamp,
      ...(shift.venue ? { location: shift.venue } : {}),
      status: 'CONFIRMED',
      busyStatus: 'BUSY',
    };
    return event;
  });
  const { error, value } = createEvents(events, { calName: calendarName, productId: options.productId ?? '-//Signpost//Rota//EN' });
  if (error) throw new Error(`Could not write the calendar file: ${error.message}`);
  if (value === null || value === undefined) throw new Error('Could not write the calendar file: the calendar library returned nothing');
  return foldIcs(value);
}
