/**
 * Whether a volunteer can take a place on the rota, and if not, why — in words a
 * coordinator understands.
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
import { languageName } from '../codes/languages';
import type { CheckKind, Shift, Volunteer, VolunteerLanguage } from '../schemas';
import { weekdayOf } from '../schedule/dates';
import { longDate, monthName, roleLabel, timeRange, weekdayName, withArticle } from './format';
import type { OpenPosition } from './needs';
import { plural } from '../plural';

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

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  message: string;
}

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

const CHECK_NAMES: Readonly<Record<CheckKind, string>> = {
  'pvg-dbs': 'PVG/DBS check',
  safeguarding: 'Safeguarding check',
  'data-protection': 'Data protection training',
  'immigration-accreditation': 'Immigration advice accreditation',
};

export function checkName(kind: CheckKind): string {
  return CHECK_NAMES[kind];
}

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

const problem = (code: ProblemCode, message: string): Problem => ({ code, severity: SEVERITY[code], message });

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
  const name = checkName(kind);
  if (done.length > 0) {
    const lapsed = done.map((c) => c.expires ?? '').sort().at(-1) ?? '';
    return today !== undefined && lapsed > today
      ? problem('check-expired', `${name} expires on ${longDate(lapsed)}, before this shift`)
      : problem('check-expired', `${name} expired on ${longDate(lapsed)}`);
  }
  const later = ofKind.map((c) => c.date).sort()[0];
  return later
    ? problem('check-missing', `${name} is dated ${longDate(later)}, after this shift`)
    : problem('check-missing', `No ${kind === 'pvg-dbs' ? name : name.charAt(0).toLowerCase() + name.slice(1)} recorded`);
}

function languageProblem(volunteer: VolunteerLike, language: string): Problem | undefined {
  const spoken = volunteer.languages.filter((l) => l.code === language);
  const best = spoken.reduce((rank, l) => Math.max(rank, LANGUAGE_RANK[l.level]), 0);
  if (best >= LANGUAGE_RANK[MIN_LANGUAGE_LEVEL]) return undefined;
  const name = languageName(language);
  return best > 0
    ? problem('lacks-language', `Speaks ${name} only at a basic level (this needs conversational or better)`)
    : problem('lacks-language', `Does not speak ${name}`);
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
  if (volunteer.availability.length === 0) return problem('not-available', 'No weekly availability recorded');
  const weekday = weekdayOfDate(position.date);
  for (const w of volunteer.availability) {
    if (w.weekday === weekday && w.from <= position.startTime && w.to >= position.endTime) return undefined;
  }
  const windows = volunteer.availability
    .filter((w) => w.weekday === weekday)
    .sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to));
  const day = weekdayName(weekday);
  if (windows.length === 0) return problem('not-available', `Not available on ${day}s`);
  if (freeTimes(windows).some((w) => w.from <= position.startTime && w.to >= position.endTime)) return undefined;
  const usual = windows.map((w) => timeRange(w.from, w.to)).join(' and ');
  return problem('not-available', `Usually free on ${day}s ${usual} only; this shift is ${timeRange(position.startTime, position.endTime)}`);
}

function awayProblem(volunteer: VolunteerLike, date: string): Problem | undefined {
  if (!volunteer.away.some((a) => a.from <= date && date <= a.to)) return undefined;
  const away = volunteer.away
    .filter((a) => a.from <= date && date <= a.to)
    .sort((a, b) => a.from.localeCompare(b.from))[0];
  if (!away) return undefined;
  return away.from === away.to
    ? problem('away', `Away on ${longDate(away.from)}`)
    : problem('away', `Away from ${longDate(away.from)} to ${longDate(away.to)}`);
}

/**
 * Every problem with giving this position to this volunteer, hard ones first; an empty
 * list means the assignment is clean. Shifts in `shiftsOfVolunteer` with the position's own
 * `shiftId` are ignored (re-checking an existing assignment does not clash with itself).
 */
export function checkAssignment(volunteer: VolunteerLike, position: PositionLike, context: AssignmentContext): Problem[] {
  const problems: Problem[] = [];

  if (!volunteer.active) problems.push(problem('inactive', 'Marked as no longer active'));
  if (!volunteer.roles.includes(position.role)) {
    const role = roleLabel(position.role);
    problems.push(problem('lacks-role', `Not ${withArticle(role)} (does not have the ${role} role)`));
  }
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
    const clinic = clinicNameOf(context.clinicNames, clash.clinicId);
    const what = clinic ? `the ${clinic} shift` : `${withArticle(roleLabel(clash.role))} shift`;
    problems.push(problem('overlap', `Already on ${what} ${timeRange(clash.startTime, clash.endTime)} that day`));
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
    if (count >= max) {
      const name = monthName(position.date);
      problems.push(
        max === 0
          ? problem('over-monthly-max', 'Takes no shifts at the moment (their maximum is 0 a month)')
          : problem('over-monthly-max', `Already has ${plural(count, 'shift')} in ${name} (their maximum is ${max})`),
      );
    }
  }
  return problems;
}

/** Whether any problem is a hard stop (no override possible). */
export function isHard(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'hard');
}
