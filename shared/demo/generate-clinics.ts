/** The forum's clinics, their sessions over the generated window, and who staffed them. */
import type { Clinic, Session, Shift, Volunteer } from '../schemas';
import { clinicOccurrences } from '../schedule/recurrence';
import { weekdayOf } from '../schedule/dates';
import type { Random } from './random';

export function generateClinics(startDate: string, at: string): Clinic[] {
  const base = { createdAt: at, updatedAt: at, startDate, active: true };
  return [
    {
      ...base,
      id: 'gen-clinic-drop-in',
      name: 'Daily drop-in advice',
      kind: 'drop-in',
      venue: 'Community hall, 12 Albert Drive',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      openTime: '10:00',
      closeTime: '13:00',
      slotMinutes: 30,
      placesPerSlot: 2,
      roles: [{ role: 'receptionist', count: 1 }, { role: 'adviser', count: 2 }, { role: 'interpreter', count: 1, language: 'ara' }],
    },
    {
      ...base,
      id: 'gen-clinic-benefits',
      name: 'Benefits and housing appointments',
      kind: 'appointments',
      venue: 'Interview room 2',
      rrule: 'FREQ=WEEKLY;BYDAY=TU,TH',
      openTime: '14:00',
      closeTime: '16:40',
      slotMinutes: 40,
      placesPerSlot: 2,
      roles: [{ role: 'adviser', count: 2 }],
    },
    {
      ...base,
      id: 'gen-clinic-job-club',
      name: 'Job club',
      kind: 'job-club',
      venue: 'IT suite',
      rrule: 'FREQ=WEEKLY;BYDAY=WE',
      openTime: '14:00',
      closeTime: '16:00',
      slotMinutes: 60,
      placesPerSlot: 12,
      roles: [{ role: 'job-club-helper', count: 2 }, { role: 'receptionist', count: 1 }],
    },
    {
      ...base,
      id: 'gen-clinic-citizens-advice',
      name: 'Citizens Advice monthly clinic',
      kind: 'specialist',
      venue: 'Interview room 1',
      rrule: 'FREQ=MONTHLY;BYDAY=+1TH',
      openTime: '10:00',
      closeTime: '15:00',
      slotMinutes: 30,
      placesPerSlot: 2,
      roles: [{ role: 'receptionist', count: 1 }, { role: 'interpreter', count: 1 }],
    },
  ];
}

/** Each clinic's sessions over the range, none on a closure day (a bank holiday). */
export function generateSessions(clinics: readonly Clinic[], from: string, to: string, random: Random, closed: ReadonlyMap<string, string> = new Map()): Session[] {
  const sessions: Session[] = [];
  for (const clinic of clinics) {
    for (const date of clinicOccurrences(clinic, from, to)) {
      if (closed.has(date)) continue;
      const at = `${date}T08:00:00.000Z`;
      // About one session in 60 is called off: snow, a venue problem, a holiday.
      const cancelled = random.chance(1 / 60);
      sessions.push({
        id: `gen-session-${clinic.id.slice(11)}-${date}`,
        createdAt: at,
        updatedAt: at,
        clinicId: clinic.id,
        date,
        startTime: clinic.openTime,
        endTime: clinic.closeTime,
        status: cancelled ? 'cancelled' : 'scheduled',
        ...(cancelled ? { cancelReason: random.pick(['Venue unavailable', 'Adviser ill', 'Public holiday', 'Severe weather']) } : {}),
      });
    }
  }
  return sessions.sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
}

/** Shifts for each session's roles; past ones mostly filled and attended, later ones partly open. */
export function generateShifts(
  sessions: readonly Session[],
  clinics: ReadonlyMap<string, Clinic>,
  volunteers: readonly Volunteer[],
  today: string,
  random: Random,
  rate: number,
  staffing: number,
): Shift[] {
  const byRole = new Map<string, Volunteer[]>();
  for (const volunteer of volunteers) {
    if (!volunteer.active) continue;
    for (const role of volunteer.roles) byRole.set(role, [...(byRole.get(role) ?? []), volunteer]);
  }
  const shifts: Shift[] = [];
  // Who is already on a shift that day, and when: nobody is rostered twice at once.
  const onShift = new Map<string, { id: string; start: string; end: string }[]>();
  const free = (v: Volunteer, session: Session) =>
    !(onShift.get(session.date) ?? []).some((b) => b.id === v.id && b.start < session.endTime && session.startTime < b.end);
  for (const session of sessions) {
    if (session.status === 'cancelled') continue;
    const clinic = clinics.get(session.clinicId);
    if (!clinic) continue;
    const past = session.date < today;
    let n = 0;
    for (const need of clinic.roles) {
      for (let k = 0; k < need.count * staffing; k += 1) {
        if (past && !random.chance(rate)) continue;
        n += 1;
        const pool = (byRole.get(need.role) ?? []).filter((v) =>
          v.availability.some((w) => w.weekday === weekdayOf(session.date)) &&
          (!need.language || v.languages.some((l) => l.code === need.language)) &&
          free(v, session),
        );
        const assigned = pool.length > 0 && (past || random.chance(0.6)) ? random.pick(pool) : undefined;
        if (assigned) onShift.set(session.date, [...(onShift.get(session.date) ?? []), { id: assigned.id, start: session.startTime, end: session.endTime }]);
        const at = `${session.date}T07:00:00.000Z`;
        shifts.push({
          id: `${session.id.replace('gen-session', 'gen-shift')}-${n}`,
          createdAt: at,
          updatedAt: at,
          sessionId: session.id,
          clinicId: session.clinicId,
          date: session.date,
          startTime: session.startTime,
          endTime: session.endTime,
          role: need.role,
          ...(need.language ? { language: need.language } : {}),
          ...(assigned ? { volunteerId: assigned.id } : {}),
          ...(assigned && past ? { attended: random.chance(0.94) } : {}),
        });
      }
    }
  }
  return shifts;
}
