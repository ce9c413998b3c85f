/** A volunteer's shifts split into what is coming and what is done, and as a calendar file. */
import { shiftsToIcs, type CalendarShift } from '../../../../shared/rota/ics';
import type { Clinic, Shift } from '../../../../shared/schemas';

export interface ShiftsByTime {
  /** Today and later, soonest first. */
  upcoming: Shift[];
  /** Before today, most recent first. */
  past: Shift[];
}

export function splitShifts(shifts: readonly Shift[], today: string): ShiftsByTime {
  const upcoming = shifts.filter((s) => s.date >= today);
  const past = shifts.filter((s) => s.date < today).reverse();
  return { upcoming, past };
}

/** "amira-haddad" from "Amira Haddad"; a name in another script gives `fallback` ("volunteer" in the app's language). */
export function fileSlug(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}

/**
 * The volunteer's upcoming shifts as an iCalendar file, each titled by `title` (role and
 * clinic, in the app's language).
 */
export function upcomingShiftsIcs(
  upcoming: readonly Shift[],
  clinics: readonly Clinic[],
  calendarName: string,
  title: (shift: Shift, clinic: Clinic | undefined) => string,
): string {
  const byId = new Map(clinics.map((c) => [c.id, c]));
  const events: CalendarShift[] = upcoming.map((shift) => {
    const clinic = byId.get(shift.clinicId);
    return {
      id: shift.id,
      date: shift.date,
      startTime: shift.startTime,
      endTime: shift.endTime,
      role: shift.role,
      clinicName: clinic?.name ?? '',
      title: title(shift, clinic),
      ...(clinic?.venue ? { venue: clinic.venue } : {}),
      ...(shift.language ? { language: shift.language } : {}),
    };
  });
  return shiftsToIcs(events, calendarName);
}
