/**
 * Whether a volunteer can take a place on the rota, and if not, why: each problem is a code
 * with the facts behind it (which check, which date, which times), worded in the
 * coordinator's language by the renderer (renderer/features/volunteers/words).
 *
 * Hard problems stop the assignment outright: the volunteer is inactive, lacks the role,
 * lacks the language (conversational or better) a language position needs, lacks a check
 * the role requires or it has lapsed by the shift date, or is already on a shift that
 * overlaps. Soft problems can be overridden with a reason: not usually free at that time
 * (weekly availability), away on that date, or already at their monthly maximum.
 *
 * Checks: every role needs a safeguarding check; advisers and interpreters also need
 * PVG/DBS. Immigration-advice accreditation is *not* needed to be on a shift: it governs
 * which advice an adviser may log (OISC level), and is checked there, not here. Data
 * protection training is not required for a shift either.
 */
import type { CheckKind, Shift, Volunteer, VolunteerLanguage } from '../schemas';
import { weekdayOf } from '../schedule/dates';
import type { OpenPosition } from './needs';

export type ProblemCode =
  | 'inactive'
  | 'lacks-role'
  | 'lacks-language'
  | 'not-available'
  | 'away'
  | 'overlap'
  | 'check-missing'
  | 'check-expired'
  | 'over-monthly-max';

export type Severity = 'hard' | 'soft';

/** A time of day from and to, "HH:MM". */
export interface TimeSpan {
  from: string;
  to: string;
}

/** What is wrong, with the facts a sentence about it needs. */
export type ProblemDetail =
  /** `missing`: the shift's volunteer is no longer on record at all. */
  | { code: 'inactive'; missing?: true }
  | { code: 'lacks-role'; role: string }
  /** `basicOnly`: speaks it, but only at a basic level. */
  | { code: 'lacks-language'; language: string; basicOnly: boolean }
  /** `datedAfter`: a check of this kind exists, but is dated after the shift. */
  | { code: 'check-missing'; check: CheckKind; datedAfter?: string }
  /** `on`: the day it stopped counting; `beforeShift`: that day is still to come (after today, by the shift). */
  | { code: 'check-expired'; check: CheckKind; on: string; beforeShift: boolean }
  /** The clash named by its clinic when known, else by its role. */
  | { code: 'overlap'; clinicName?: string; role: string; time: TimeSpan }
  /** No `weekday`: no weekly times at all; no `usual`: never free that weekday; else free only at `usual`. */
  | { code: 'not-available'; weekday?: number; usual?: TimeSpan[]; shift?: TimeSpan }
  | { code: 'away'; from: string; to: string }
  /** `month`: "YYYY-MM" of the shift. */
  | { code: 'over-monthly-max'; count: number; max: number; month: string };

export type Problem = ProblemDetail & { severity: Severity };

export const SEVERITY: Readonly<Record<ProblemCode, Severity>> = {
  inactive: 'hard',
  'lacks-role': 'hard',
  'lacks-language': 'hard',
  'check-missing': 'hard',
  'check-expired': 'hard',
  overlap: 'hard',
  'not-available': 'soft',
  away: 'soft',
  'over-monthly-max': 'soft',
};

/** Checks a role needs before someone can be on a shift in it. Unlisted roles: safeguarding. */
export const REQUIRED_CHECKS: Record<string, CheckKind[]> = {
  receptionist: ['safeguarding'],
  adviser: ['safeguarding', 'pvg-dbs'],
  interpreter: ['safeguarding', 'pvg-dbs'],
  'job-club-helper': ['safeguarding'],
  coordinator: ['safeguarding'],
};

export const DEFAULT_REQUIRED_CHECKS: readonly CheckKind[] = ['safeguarding'];

export function requiredChecks(role: string): readonly CheckKind[] {
  return Object.hasOwn(REQUIRED_CHECKS, role) ? (REQUIRED_CHECKS[role] ?? DEFAULT_REQUIRED_CHECKS) : DEFAULT_REQUIRED_CHECKS;
}

/** The lowest level at which someone may fill a language position. */
export type LanguageLevel = VolunteerLanguage['level'];

export const MIN_LANGUAGE_LEVEL: LanguageLevel = 'conversational';
export const LANGUAGE_RANK: Readonly<Record<LanguageLevel, number>> = { basic: 1, conversational: 2, fluent: 3, native: 4 };

/** What the rules need to know about a volunteer. */
export type VolunteerLike = Pick<Volunteer, 'id' | 'active' | 'roles' | 'languages' | 'checks' | 'availability' | 'away' | 'maxShiftsPerMonth'>;
/** What the rules need to know about a place on the rota. */
export type PositionLike = Pick<OpenPosition, 'date' | 'startTime' | 'endTime' | 'role' | 'language' | 'shiftId'> & { clinicId?: string };
/** One of the volunteer's shifts already on the rota. */
export type AssignedShiftLike = Pick<Shift, 'id' | 'date' | 'startTime' | 'endTime' | 'role' | 'clinicId'>;

export interface AssignmentContext {
  /** The volunteer's shifts already on the rota (any dates: only the relevant ones count). */
  shiftsOfVolunteer: readonly AssignedShiftLike[];
  /** Today (YYYY-MM-DD): says "expires … before this shift" rather than "expired" for a future lapse. */
  today?: string;
  /** Clinic names by id, so an overlap reads "Already on the Job club shift". */
  clinicNames?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
}

function clinicNameOf(names: AssignmentContext['clinicNames'], clinicId: string): string | undefined {
  if (!names) return undefined;
  if (names instanceof Map) return names.get(clinicId);
  const record = names as Readonly<Record<string, string>>;
  return Object.hasOwn(record, clinicId) ? record[clinicId] : undefined;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const problem = (detail: ProblemDetail): Problem => ({ ...detail, severity: SEVERITY[detail.code] });

/** Whether two times on the same day overlap (touching end to start is not overlapping). */
export function timesOverlap(a: { startTime: string; endTime: string }, b: { startTime: string; endTime: string }): boolean {
  return a.startTime < b.endTime && b.startTime < a.endTime;
}

/** The check of a kind that is in force on a date, or why none is. */
function checkProblem(volunteer: VolunteerLike, kind: CheckKind, date: string, today: string | undefined): Problem | undefined {
  // A check's expiry date is the first day it no longer counts.
  for (const c of volunteer.checks) {
    if (c.kind === kind && c.date <= date && (c.expires === undefined || c.expires > date)) return undefined;
  }
  const ofKind = volunteer.checks.filter((c) => c.kind === kind);
  const done = ofKind.filter((c) => c.date <= date);
  if (done.length > 0) {
    const lapsed = done.map((c) => c.expires ?? '').sort().at(-1) ?? '';
    return problem({ code: 'check-expired', check: kind, on: lapsed, beforeShift: today !== undefined && lapsed > today });
  }
  const later = ofKind.map((c) => c.date).sort()[0];
  return problem({ code: 'check-missing', check: kind, ...(later ? { datedAfter: later } : {}) });
}

function languageProblem(volunteer: VolunteerLike, language: string): Problem | undefined {
  const spoken = volunteer.languages.filter((l) => l.code === language);
  const best = spoken.reduce((rank, l) => Math.max(rank, LANGUAGE_RANK[l.level]), 0);
  if (best >= LANGUAGE_RANK[MIN_LANGUAGE_LEVEL]) return undefined;
  return problem({ code: 'lacks-language', language, basicOnly: best > 0 });
}

/** Windows of one weekday, merged where they touch. `HH:MM` strings compare as times. */
function freeTimes(windows: ReadonlyArray<{ from: string; to: string }>): Array<{ from: string; to: string }> {
  const merged: Array<{ from: string; to: string }> = [];
  for (const w of windows) {
    const last = merged.at(-1);
    if (last && w.from <= last.to) {
      if (w.to > last.to) last.to = w.to;
    } else merged.push({ from: w.from, to: w.to });
  }
  return merged;
}

const weekdays = new Map<string, number>();
/** weekdayOf, remembered: the rota asks about the same few dates thousands of times. */
function weekdayOfDate(date: string): number {
  let weekday = weekdays.get(date);
  if (weekday === undefined) {
    weekday = weekdayOf(date);
    if (weekdays.size > 5000) weekdays.clear();
    weekdays.set(date, weekday);
  }
  return weekday;
}

function availabilityProblem(volunteer: VolunteerLike, position: PositionLike): Problem | undefined {
  if (volunteer.availability.length === 0) return problem({ code: 'not-available' });
  const weekday = weekdayOfDate(position.date);
  for (const w of volunteer.availability) {
    if (w.weekday === weekday && w.from <= position.startTime && w.to >= position.endTime) return undefined;
  }
  const windows = volunteer.availability
    .filter((w) => w.weekday === weekday)
    .sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to));
  if (windows.length === 0) return problem({ code: 'not-available', weekday });
  if (freeTimes(windows).some((w) => w.from <= position.startTime && w.to >= position.endTime)) return undefined;
  return problem({
    code: 'not-available',
    weekday,
    usual: windows.map((w) => ({ from: w.from, to: w.to })),
    shift: { from: position.startTime, to: position.endTime },
  });
}

function awayProblem(volunteer: VolunteerLike, date: string): Problem | undefined {
  if (!volunteer.away.some((a) => a.from <= date && date <= a.to)) return undefined;
  const away = volunteer.away
    .filter((a) => a.from <= date && date <= a.to)
    .sort((a, b) => a.from.localeCompare(b.from))[0];
  if (!away) return undefined;
  return problem({ code: 'away', from: away.from, to: away.to });
}

/**
 * Every problem with giving this position to this volunteer, hard ones first; an empty
 * list means the assignment is clean. Shifts in `shiftsOfVolunteer` with the position's own
 * `shiftId` are ignored (re-checking an existing assignment does not clash with itself).
 */
export function checkAssignment(volunteer: VolunteerLike, position: PositionLike, context: AssignmentContext): Problem[] {
  const problems: Problem[] = [];

  if (!volunteer.active) problems.push(problem({ code: 'inactive' }));
  if (!volunteer.roles.includes(position.role)) problems.push(problem({ code: 'lacks-role', role: position.role }));
  if (position.language) {
    const issue = languageProblem(volunteer, position.language);
    if (issue) problems.push(issue);
  }
  for (const kind of requiredChecks(position.role)) {
    const issue = checkProblem(volunteer, kind, position.date, context.today);
    if (issue) problems.push(issue);
  }

  const shifts = context.shiftsOfVolunteer;
  const isOther = (s: AssignedShiftLike): boolean => position.shiftId === undefined || s.id !== position.shiftId;
  let clash: AssignedShiftLike | undefined;
  for (const s of shifts) {
    if (s.date !== position.date || !timesOverlap(s, position) || !isOther(s)) continue;
    // The earliest clash is the one named.
    const earlier = clash ? compareText(s.startTime, clash.startTime) || compareText(s.endTime, clash.endTime) || compareText(s.id, clash.id) : -1;
    if (earlier < 0) clash = s;
  }
  if (clash) {
    const clinicName = clinicNameOf(context.clinicNames, clash.clinicId);
    problems.push(problem({ code: 'overlap', role: clash.role, time: { from: clash.startTime, to: clash.endTime }, ...(clinicName ? { clinicName } : {}) }));
  }

  const available = availabilityProblem(volunteer, position);
  if (available) problems.push(available);
  const away = awayProblem(volunteer, position.date);
  if (away) problems.push(away);

  const max = volunteer.maxShiftsPerMonth;
  if (max !== undefined) {
    const month = position.date.slice(0, 7);
    let count = 0;
    for (const s of shifts) if (s.date.startsWith(month) && isOther(s)) count += 1;
    if (count >= max) problems.push(problem({ code: 'over-monthly-max', count, max, month }));
  }
  return problems;
}

/** Whether any problem is a hard stop (no override possible). */
export function isHard(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'hard');
}
