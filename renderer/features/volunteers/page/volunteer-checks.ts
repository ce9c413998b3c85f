/**
 * Whether a volunteer's checks and training are in date, in words a coordinator reads at a
 * glance. Only the newest check of each kind counts: a renewed PVG does not leave the old,
 * lapsed one flagged. A check's expiry date is the first day it no longer counts (as in the
 * rota rules), and one that ends within 60 days is flagged so it can be renewed in time.
 */
import { longDate } from '../../../../shared/rota/format';
import { requiredChecks } from '../../../../shared/rota/rules';
import { addDays } from '../../../../shared/schedule/dates';
import type { CheckKind, Volunteer, VolunteerCheck } from '../../../../shared/schemas';
import { roleLabel } from '../../../format/labels';

export const EXPIRY_WARNING_DAYS = 60;

/** The plain names used on the form and the volunteer's page. */
export const CHECK_KIND_LABELS: Readonly<Record<CheckKind, string>> = {
  'pvg-dbs': 'PVG or DBS disclosure',
  safeguarding: 'Safeguarding training',
  'data-protection': 'Data protection training',
  'immigration-accreditation': 'Immigration advice accreditation (OISC)',
};

/** The same names inside a sentence ("No safeguarding training recorded"). */
export const CHECK_KIND_IN_SENTENCE: Readonly<Record<CheckKind, string>> = {
  'pvg-dbs': 'PVG or DBS disclosure',
  safeguarding: 'safeguarding training',
  'data-protection': 'data protection training',
  'immigration-accreditation': 'immigration advice accreditation (OISC)',
};

/** Short names for badges. */
export const CHECK_KIND_SHORT: Readonly<Record<CheckKind, string>> = {
  'pvg-dbs': 'PVG/DBS',
  safeguarding: 'Safeguarding',
  'data-protection': 'Data protection',
  'immigration-accreditation': 'OISC accreditation',
};

export type CheckState = 'expired' | 'expiring' | 'in-date';

export function checkState(check: Pick<VolunteerCheck, 'expires'>, today: string): CheckState {
  if (check.expires === undefined) return 'in-date';
  if (check.expires <= today) return 'expired';
  if (check.expires <= addDays(today, EXPIRY_WARNING_DAYS)) return 'expiring';
  return 'in-date';
}

/** The newest check of each kind (by date done, then the later expiry). */
export function currentChecks(checks: readonly VolunteerCheck[]): VolunteerCheck[] {
  const newest = new Map<CheckKind, VolunteerCheck>();
  for (const check of checks) {
    const before = newest.get(check.kind);
    const later =
      !before || check.date > before.date || (check.date === before.date && (check.expires === undefined || (before.expires !== undefined && check.expires > before.expires)));
    if (later) newest.set(check.kind, check);
  }
  return [...newest.values()];
}

export interface RequiredCheckProblem {
  kind: CheckKind;
  /** "No safeguarding training recorded", "PVG or DBS disclosure expired on 3 March 2025". */
  message: string;
  /** "Every volunteer", "Adviser, Interpreter". */
  neededBy: string;
}

/** Which checks this volunteer's roles need: safeguarding for everyone, PVG/DBS for advisers and interpreters. */
export function neededChecks(roles: readonly string[]): Map<CheckKind, string[]> {
  const needed = new Map<CheckKind, string[]>([['safeguarding', []]]);
  for (const role of roles) {
    for (const kind of requiredChecks(role)) {
      if (kind === 'safeguarding') continue;
      needed.set(kind, [...(needed.get(kind) ?? []), role]);
    }
  }
  return needed;
}

/** Required checks that are not in force today: never recorded, or lapsed. */
export function requiredCheckProblems(volunteer: Pick<Volunteer, 'roles' | 'checks'>, today: string): RequiredCheckProblem[] {
  const current = new Map(currentChecks(volunteer.checks).map((c) => [c.kind, c]));
  const problems: RequiredCheckProblem[] = [];
  for (const [kind, roles] of neededChecks(volunteer.roles)) {
    const label = CHECK_KIND_LABELS[kind];
    const neededBy = roles.length === 0 ? 'Every volunteer' : roles.map(roleLabel).join(', ');
    const check = current.get(kind);
    if (!check) problems.push({ kind, message: `No ${CHECK_KIND_IN_SENTENCE[kind]} recorded`, neededBy });
    else if (check.expires !== undefined && check.expires <= today) problems.push({ kind, message: `${label} expired on ${longDate(check.expires)}`, neededBy });
  }
  return problems;
}

export interface ChecksSummary {
  /** Required kinds with no check at all. */
  missing: CheckKind[];
  expired: number;
  expiring: number;
}

export function checksSummary(volunteer: Pick<Volunteer, 'roles' | 'checks'>, today: string): ChecksSummary {
  const current = currentChecks(volunteer.checks);
  const have = new Set(current.map((c) => c.kind));
  return {
    missing: [...neededChecks(volunteer.roles).keys()].filter((kind) => !have.has(kind)),
    expired: current.filter((c) => checkState(c, today) === 'expired').length,
    expiring: current.filter((c) => checkState(c, today) === 'expiring').length,
  };
}
