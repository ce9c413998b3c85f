/**
 * The rota: what a month needs and who holds it, assigning (with the rules checked again
 * inside the transaction that writes), accepting a filled-in proposal in whole or in
 * part, and recording who attended. A hard problem always refuses; a soft one needs the
 * coordinator's written reason, which stays on the shift.
 */
import { openSlots, positionsStillAhead, type OpenPosition } from '../../../shared/rota/needs';
import { checkAssignment, isHard, type Problem } from '../../../shared/rota/rules';
import type { Proposal } from '../../../shared/rota/solver';
import { addDays } from '../../../shared/schedule/dates';
import type { LocalNow } from '../../../shared/schedule/local-now';
import { localNow } from '../../platform/clock';
import { Appointment, Clinic, Session, Shift, Volunteer } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { newId, nowIso, openRecord, openRecords, parseForWrite, putRecord } from '../record-store';
import { CommandRefusedError } from '../validation-error';
import { isolated, messageCode } from '../../../shared/messages/message-code';
import { requirePermission } from '../../security/permissions';

/**
 * Assigning refused by the rota rules: who, and the problems (codes and facts, worded by
 * the screen in the app's language). `needsReason`: only soft problems, and no reason given.
 */
export class AssignmentRefusedError extends CommandRefusedError {
  constructor(
    readonly volunteerName: string,
    readonly problems: readonly Problem[],
    readonly needsReason: boolean,
  ) {
    // Said on its own where the problems are not listed; the assign dialog words them too.
    super(messageCode(needsReason ? 'volunteers:assign.needsReasonShort' : 'volunteers:assign.cannotShort', { name: isolated(volunteerName) }));
    this.name = 'AssignmentRefusedError';
  }
}

export interface RotaMonth {
  month: string;
  sessions: Session[];
  clinics: Clinic[];
  volunteers: Volunteer[];
  /** Every shift of the month, held or open. */
  shifts: Shift[];
  /** Places nobody holds: open shifts and needs no shift exists for yet. */
  positions: OpenPosition[];
}

export function monthBounds(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const next = addDays(`${month}-28`, 4).slice(0, 7);
  return { from, to: addDays(`${next}-01`, -1) };
}

/** What the rota needs between two dates (inclusive). */
export async function loadRota(from: string, to: string): Promise<Omit<RotaMonth, 'month'>> {
  requirePermission('volunteers.read');
  const database = db();
  return database.transaction('r', [database.sessions, database.clinics, database.appointments, database.shifts, database.volunteers], async () => {
    const sessions = (await openRecords('sessions', Session, await database.sessions.where('date').between(from, to, true, true).toArray()))
      .filter((s) => s.status === 'scheduled')
      .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
    const clinics = await openRecords('clinics', Clinic, await database.clinics.toArray());
    const appointments = await openRecords('appointments', Appointment, await database.appointments.where('date').between(from, to, true, true).toArray());
    const shifts = await openRecords('shifts', Shift, await database.shifts.where('date').between(from, to, true, true).toArray());
    const volunteers = await openRecords('volunteers', Volunteer, await database.volunteers.toArray());
    return { sessions, clinics, volunteers, shifts, positions: openSlots(sessions, clinics, appointments, shifts) };
  });
}

export async function loadRotaMonth(month: string): Promise<RotaMonth> {
  const { from, to } = monthBounds(month);
  return { month, ...(await loadRota(from, to)) };
}

/** A volunteer's shifts in the weeks around a date: enough for overlaps and monthly maxima. */
async function shiftsAround(volunteerId: string, date: string): Promise<Shift[]> {
  const stored = await db().shifts.where('volunteerId').equals(volunteerId).toArray();
  const from = addDays(date, -40);
  const to = addDays(date, 40);
  return (await openRecords('shifts', Shift, stored)).filter((s) => s.date >= from && s.date <= to);
}

async function clinicNames(): Promise<Map<string, string>> {
  return new Map((await openRecords('clinics', Clinic, await db().clinics.toArray())).map((c) => [c.id, c.name]));
}

/** The problems with giving this place to this volunteer, as things stand now. */
export async function assignmentProblems(
  volunteer: Volunteer,
  position: OpenPosition,
  today: string,
  names?: ReadonlyMap<string, string>,
): Promise<Problem[]> {
  requirePermission('volunteers.read');
  return checkAssignment(volunteer, position, { shiftsOfVolunteer: await shiftsAround(volunteer.id, position.date), today, clinicNames: names ?? (await clinicNames()) });
}

async function holdPosition(position: OpenPosition, volunteerId: string, overrideReason: string | undefined): Promise<Shift> {
  const at = nowIso();
  const existing = position.shiftId ? await openRecord('shifts', Shift, await db().shifts.get(position.shiftId)) : undefined;
  if (position.shiftId && !existing) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'shifts' }));
  if (existing?.volunteerId) throw new CommandRefusedError(messageCode('common:refusal.shiftTaken'));
  const base = existing ?? { ...position, id: newId(), createdAt: at };
  const { shiftId: _ignored, ...fields } = base as typeof base & { shiftId?: string };
  const shift = parseForWrite('shifts', Shift, { ...fields, volunteerId, ...(overrideReason ? { overrideReason } : {}), updatedAt: at });
  await putRecord(db().shifts, 'shifts', shift);
  return shift;
}

const rotaTables = () => [db().shifts, db().volunteers, db().clinics];

export async function assignShift(position: OpenPosition, volunteerId: string, today: string, overrideReason?: string): Promise<Shift> {
  requirePermission('volunteers.write');
  return db().transaction('rw', rotaTables(), async () => {
    const volunteer = await openRecord('volunteers', Volunteer, await db().volunteers.get(volunteerId));
    if (!volunteer) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'volunteers' }));
    const problems = await assignmentProblems(volunteer, position, today);
    if (isHard(problems)) throw new AssignmentRefusedError(volunteer.name, problems.filter((p) => p.severity === 'hard'), false);
    const reason = overrideReason?.trim();
    if (problems.length > 0 && !reason) throw new AssignmentRefusedError(volunteer.name, problems, true);
    return holdPosition(position, volunteerId, problems.length > 0 ? reason : undefined);
  });
}

/** Frees a shift: it stays on the rota as an open place. */
export async function unassignShift(shiftId: string): Promise<Shift> {
  requirePermission('volunteers.write');
  return db().transaction('rw', db().shifts, async () => {
    const existing = await openRecord('shifts', Shift, await db().shifts.get(shiftId));
    if (!existing) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'shifts' }));
    const { volunteerId: _v, overrideReason: _o, attended: _a, hoursWorked: _h, ...open } = existing;
    const shift = parseForWrite('shifts', Shift, { ...open, updatedAt: nowIso() });
    await putRecord(db().shifts, 'shifts', shift);
    return shift;
  });
}

/**
 * Accepts the chosen proposals in one transaction. Each is checked again against the
 * rota as it now is (someone may have changed it since the proposal was made, or the
 * shift may have ended meanwhile); one that no longer fits cleanly is left out and
 * counted, never forced in.
 */
export async function acceptProposals(proposals: readonly Proposal[], now: LocalNow = localNow()): Promise<{ accepted: number; leftOut: number }> {
  requirePermission('volunteers.write');
  return db().transaction('rw', rotaTables(), async () => {
    let accepted = 0;
    let leftOut = 0;
    const names = await clinicNames();
    for (const proposal of proposals) {
      // A shift that ended while the proposal was open is history now, not a gap to fill.
      const ended = positionsStillAhead([proposal.position], now).length === 0;
      const volunteer = await openRecord('volunteers', Volunteer, await db().volunteers.get(proposal.volunteerId));
      const problems = volunteer ? await assignmentProblems(volunteer, proposal.position, now.date, names) : [];
      const held = proposal.position.shiftId ? (await openRecord('shifts', Shift, await db().shifts.get(proposal.position.shiftId)))?.volunteerId : undefined;
      if (ended || !volunteer || problems.length > 0 || held) {
        leftOut += 1;
        continue;
      }
      await holdPosition(proposal.position, volunteer.id, undefined);
      accepted += 1;
    }
    return { accepted, leftOut };
  });
}

export interface AttendanceEntry {
  shiftId: string;
  attended: boolean;
  hoursWorked?: number | undefined;
}

/** Who came to a session and for how long: all of the session's shifts in one write. */
export async function recordAttendance(entries: readonly AttendanceEntry[]): Promise<void> {
  requirePermission('volunteers.write');
  await db().transaction('rw', db().shifts, async () => {
    const at = nowIso();
    for (const entry of entries) {
      const existing = await openRecord('shifts', Shift, await db().shifts.get(entry.shiftId));
      if (!existing?.volunteerId) throw new CommandRefusedError(messageCode('common:refusal.shiftChanged'));
      const hours = entry.attended ? entry.hoursWorked : undefined;
      const { hoursWorked: _h, ...rest } = existing;
      await putRecord(db().shifts, 'shifts', parseForWrite('shifts', Shift, { ...rest, attended: entry.attended, ...(hours !== undefined ? { hoursWorked: hours } : {}), updatedAt: at }));
    }
  });
}

export async function shiftsOfSession(sessionId: string): Promise<Shift[]> {
  requirePermission('volunteers.read');
  const stored = await db().shifts.where('sessionId').equals(sessionId).toArray();
  return (await openRecords('shifts', Shift, stored)).sort((a, b) => a.role.localeCompare(b.role));
}
