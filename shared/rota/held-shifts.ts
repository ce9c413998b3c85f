/**
 * Shifts already given to a volunteer, checked again as things stand now. A check can
 * lapse, a volunteer can go away or stop volunteering after the rota was made: the
 * assignment was clean then, but it is not now, and the coordinator must be told.
 *
 * Hard problems (a missing or expired check, no longer active, no longer in the role or
 * speaking the language) are always raised. Soft ones (away, not usually free) are raised
 * only when the shift was not assigned with a written override: that reason covers them.
 * Overlaps and monthly maxima were the rota's own choices and are not re-raised here.
 */
import type { Shift } from '../schemas';
import { hasEnded, type LocalNow } from '../schedule/local-now';
import { checkAssignment, type Problem, type ProblemCode, type VolunteerLike } from './rules';

export type HeldShiftLike = Pick<Shift, 'id' | 'date' | 'startTime' | 'endTime' | 'role' | 'language' | 'clinicId' | 'volunteerId' | 'overrideReason'>;

const NOT_RECHECKED: ReadonlySet<ProblemCode> = new Set(['overlap', 'over-monthly-max']);

export const MISSING_VOLUNTEER: Problem = { code: 'inactive', severity: 'hard', missing: true };

/** What is wrong now with this held shift; empty when it is still sound (or not held). */
export function heldShiftProblems(shift: HeldShiftLike, volunteer: VolunteerLike | undefined, today: string): Problem[] {
  if (!shift.volunteerId) return [];
  if (!volunteer) return [MISSING_VOLUNTEER];
  const position = { date: shift.date, startTime: shift.startTime, endTime: shift.endTime, role: shift.role, shiftId: shift.id, ...(shift.language ? { language: shift.language } : {}) };
  return checkAssignment(volunteer, position, { shiftsOfVolunteer: [], today }).filter(
    (p) => !NOT_RECHECKED.has(p.code) && (p.severity === 'hard' || !shift.overrideReason),
  );
}

export interface ShiftAtRisk<S extends HeldShiftLike> {
  shift: S;
  problems: Problem[];
}

/** Held shifts that have not ended by `now` and whose volunteer no longer fits, soonest first. */
export function shiftsAtRisk<S extends HeldShiftLike>(shifts: readonly S[], volunteers: readonly VolunteerLike[], now: LocalNow): ShiftAtRisk<S>[] {
  const byId = new Map(volunteers.map((v) => [v.id, v]));
  const risky: ShiftAtRisk<S>[] = [];
  for (const shift of shifts) {
    if (!shift.volunteerId || hasEnded(shift.date, shift.endTime, now)) continue;
    const problems = heldShiftProblems(shift, byId.get(shift.volunteerId), now.date);
    if (problems.length > 0) risky.push({ shift, problems });
  }
  return risky.sort((a, b) => a.shift.date.localeCompare(b.shift.date) || a.shift.startTime.localeCompare(b.shift.startTime));
}
