/**
 * How full each session is: places taken against places offered (0 offered for drop-ins),
 * and how many were seen (what a drop-in that is over counts: anyone still marked waiting
 * then was never seen).
 */
import { isActive, slotTimes } from '../../../../shared/frontdesk/slots';
import type { Appointment, Clinic, Session } from '../../../../shared/schemas';

export interface SessionLoad {
  booked: number;
  capacity: number;
  seen: number;
}

export function sessionLoad(
  sessions: readonly Session[],
  appointments: readonly Appointment[],
  clinics: ReadonlyMap<string, Clinic>,
): Map<string, SessionLoad> {
  const load = new Map<string, SessionLoad>();
  for (const session of sessions) {
    const clinic = clinics.get(session.clinicId);
    const capacity =
      clinic && clinic.kind !== 'drop-in' ? slotTimes(session.startTime, session.endTime, clinic.slotMinutes).length * clinic.placesPerSlot : 0;
    load.set(session.id, { booked: 0, capacity, seen: 0 });
  }
  for (const appointment of appointments) {
    const entry = load.get(appointment.sessionId);
    if (entry && isActive(appointment.status)) entry.booked += 1;
    if (entry && appointment.status === 'seen') entry.seen += 1;
  }
  return load;
}
