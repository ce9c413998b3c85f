/**
 * Whether an appointment still needs its interpreter: one was asked for, the person has not
 * been seen, did not miss it or leave, and its session has not ended. At four in the
 * afternoon the morning drop-in's interpreters are not "needed" any more: counting them
 * would send a volunteer phoning for an interpreter nobody is waiting for. A session that is
 * not known (a damaged record) is taken as still on, so a need is never hidden by it.
 */
import type { Appointment } from '../schemas';
import { hasEnded, type LocalNow } from './local-now';

const STILL_TO_BE_SEEN: ReadonlySet<Appointment['status']> = new Set(['booked', 'arrived', 'called']);

export function needsInterpreterNow(
  appointment: Pick<Appointment, 'interpreterLanguage' | 'status'>,
  session: { date: string; endTime: string } | undefined,
  now: LocalNow,
): boolean {
  if (!appointment.interpreterLanguage || !STILL_TO_BE_SEEN.has(appointment.status)) return false;
  return session === undefined || !hasEnded(session.date, session.endTime, now);
}
