/**
 * What each session needs in volunteers, and which of those places are still open.
 *
 * A session needs its clinic's roles (for example 1 receptionist, 2 advisers, 1 Arabic
 * interpreter) plus one interpreter for every other language that a client still expected
 * in that session asked for. Open positions are what the rota still has to fill.
 */
import type { Appointment, AppointmentStatus, Clinic, Session, Shift } from '../schemas';
import { hasEnded, type LocalNow } from '../schedule/local-now';

export interface Need {
  role: string;
  language?: string;
  count: number;
}

/** One place on the rota that nobody holds yet. */
export interface OpenPosition {
  sessionId: string;
  clinicId: string;
  date: string;
  startTime: string;
  endTime: string;
  role: string;
  language?: string;
  /** The existing unassigned shift this position is, when there is one. */
  shiftId?: string;
}

export const INTERPRETER_ROLE = 'interpreter';

/** Appointments whose client is still expected or waiting: they still need an interpreter. */
export const ACTIVE_APPOINTMENT_STATUSES: readonly AppointmentStatus[] = ['booked', 'arrived', 'called'];
const ACTIVE = new Set<string>(ACTIVE_APPOINTMENT_STATUSES);

export type SessionLike = Pick<Session, 'id' | 'clinicId' | 'date' | 'startTime' | 'endTime' | 'status'>;
export type ClinicLike = Pick<Clinic, 'id' | 'roles'>;
export type AppointmentLike = Pick<Appointment, 'sessionId' | 'status' | 'interpreterLanguage'>;
export type ShiftLike = Pick<Shift, 'id' | 'sessionId' | 'clinicId' | 'date' | 'startTime' | 'endTime' | 'role' | 'language' | 'volunteerId'>;

/**
 * The clinic's role needs, then one interpreter per distinct language asked for by an
 * active appointment of this session (booked, arrived or called) that the clinic does not
 * already plan an interpreter for. A clinic interpreter need *without* a language (“an
 * interpreter”) covers no particular language, so it does not absorb a request.
 * Appointment-driven needs come after the clinic's own, sorted by language code.
 */
export function shiftNeeds(session: Pick<Session, 'id'>, clinic: ClinicLike, appointments: readonly AppointmentLike[]): Need[] {
  const needs: Need[] = clinic.roles.map((need) => ({
    role: need.role,
    ...(need.language ? { language: need.language } : {}),
    count: need.count,
  }));
  const covered = new Set(clinic.roles.filter((n) => n.role === INTERPRETER_ROLE && n.language).map((n) => n.language));
  const requested = new Set<string>();
  for (const appointment of appointments) {
    if (appointment.sessionId !== session.id || !ACTIVE.has(appointment.status)) continue;
    const language = appointment.interpreterLanguage;
    if (language && !covered.has(language)) requested.add(language);
  }
  for (const language of [...requested].sort()) needs.push({ role: INTERPRETER_ROLE, language, count: 1 });
  return needs;
}

const needKey = (role: string, language: string | undefined): string => `${role}\u0000${language ?? ''}`;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Every open position of the scheduled (not cancelled) sessions given, in session order.
 *
 * For each role and language a session needs: an existing shift *with* a volunteer fills
 * one place; every existing shift *without* a volunteer is an open position (carrying its
 * `shiftId`, even beyond the count: the coordinator made it on purpose); and places still
 * missing after both become new open positions without a `shiftId`. Unassigned shifts for
 * a role the session does not list are open positions too. Sessions whose clinic is not
 * given are skipped.
 */
export function openSlots(
  sessions: readonly SessionLike[],
  clinics: readonly ClinicLike[],
  appointments: readonly AppointmentLike[],
  shifts: readonly ShiftLike[],
): OpenPosition[] {
  const clinicsById = new Map(clinics.map((c) => [c.id, c]));
  const appointmentsBySession = groupBy(appointments, (a) => a.sessionId);
  const shiftsBySession = groupBy(shifts, (s) => s.sessionId);
  const positions: OpenPosition[] = [];

  for (const session of sessions) {
    if (session.status !== 'scheduled') continue;
    const clinic = clinicsById.get(session.clinicId);
    if (!clinic) continue;
    const base = { sessionId: session.id, clinicId: session.clinicId, date: session.date, startTime: session.startTime, endTime: session.endTime };
    const needs = shiftNeeds(session, clinic, appointmentsBySession.get(session.id) ?? []);
    const sessionShifts = groupBy(shiftsBySession.get(session.id) ?? [], (s) => needKey(s.role, s.language));

    const seen = new Set<string>();
    const emit = (role: string, language: string | undefined, count: number): void => {
      const key = needKey(role, language);
      const existing = seen.has(key) ? [] : (sessionShifts.get(key) ?? []);
      seen.add(key);
      const held = existing.filter((s) => s.volunteerId).length;
      const open = existing.filter((s) => !s.volunteerId);
      for (const shift of open) {
        positions.push({
          ...base,
          date: shift.date,
          startTime: shift.startTime,
          endTime: shift.endTime,
          role,
          ...(language ? { language } : {}),
          shiftId: shift.id,
        });
      }
      for (let k = held + open.length; k < count; k += 1) positions.push({ ...base, role, ...(language ? { language } : {}) });
    };

    // A role listed twice (say 1 adviser, then 1 more adviser) counts as one need of the sum.
    const merged = new Map<string, Need>();
    for (const need of needs) {
      const key = needKey(need.role, need.language);
      const previous = merged.get(key);
      if (previous) previous.count += need.count;
      else merged.set(key, { ...need });
    }
    for (const need of merged.values()) emit(need.role, need.language, need.count);
    // Unassigned shifts for roles the session does not list are still open places.
    for (const [key, list] of sessionShifts) {
      if (seen.has(key)) continue;
      const first = list[0];
      if (first) emit(first.role, first.language, 0);
    }
  }
  return positions;
}

/**
 * The open positions whose session has not ended by `now`: the only ones worth filling or
 * listing as gaps. A shift that ended this morning is history, not a gap.
 */
export function positionsStillAhead<P extends Pick<OpenPosition, 'date' | 'endTime'>>(positions: readonly P[], now: LocalNow): P[] {
  return positions.filter((p) => !hasEnded(p.date, p.endTime, now));
}
