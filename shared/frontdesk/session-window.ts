/**
 * Which dated sessions to create for a clinic: its rule's dates over a rolling window,
 * less those already made (including ones since moved to another date) and the forum's
 * closure days.
 */
import type { Clinic, Session } from '../schemas';
import { addDays } from '../schedule/dates';
import { clinicOccurrences } from '../schedule/recurrence';

export const SESSION_WINDOW_WEEKS = 12;

export interface NewSession {
  clinicId: string;
  date: string;
  startTime: string;
  endTime: string;
  status: 'scheduled';
}

export function missingSessions(
  clinic: Pick<Clinic, 'id' | 'rrule' | 'startDate' | 'endDate' | 'openTime' | 'closeTime' | 'active'>,
  existing: Array<Pick<Session, 'date' | 'originalDate'>>,
  from: string,
  to: string,
  closed: ReadonlySet<string> | ReadonlyMap<string, string> = new Set<string>(),
): NewSession[] {
  if (!clinic.active) return [];
  const made = new Set(existing.map((s) => s.originalDate ?? s.date));
  return clinicOccurrences(clinic, from, to)
    .filter((date) => !made.has(date) && !closed.has(date))
    .map((date) => ({
      clinicId: clinic.id,
      date,
      startTime: clinic.openTime,
      endTime: clinic.closeTime,
      status: 'scheduled' as const,
    }));
}

/** From today to 12 weeks ahead, inclusive. */
export function sessionWindow(today: string): { from: string; to: string } {
  return { from: today, to: addDays(today, SESSION_WINDOW_WEEKS * 7) };
}
