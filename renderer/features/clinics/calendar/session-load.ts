/** How full each session is: places taken against places offered (0 offered for drop-ins). */
import { isActive, slotTimes } from '../../../../shared/frontdesk/slots';
import type { Appointment, Clinic, Session } from '../../../../shared/schemas';

export function sessionLoad(
  sessions: readonly Session[],
  appointments: readonly Appointment[],
  clinics: ReadonlyMap<string, Clinic>,
): Map<string, { booked: number; capacity: number }> {
  const load = new Map<string, { booked: number; capacity: number }>();
  for (const session of sessions) {
    const clinic = clinics.get(session.clinicId);
    const capacity =
      clinic && clinic.kind !== 'drop-in' ? slotTimes(session.startTime, session.endTime, clinic.slotMinutes).length * clinic.placesPerSlot : 0;
    load.set(session.id, { booked: 0, capacity });
  }
  for (const appointment of appointments) {
    const entry = load.get(appointment.sessionId);
    if (entry && isActive(appointment.status)) entry.booked += 1;
  }
  return load;
}
