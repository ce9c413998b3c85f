/**
 * Whether a volunteer's checks and training are in date (worded on screen by the panels). Only the newest check of each kind counts: a renewed PVG does not leave the old,
 * lapsed one flagged. A check's expiry date is the first day it no longer counts (as in the
 * rota rules), and one that ends within 60 days is flagged so it can be renewed in time.
 */
import { requiredChecks } from '../../../../shared/rota/rules';
import { addDays } from '../../../../shared/schedule/dates';
import type { CheckKind, Volunteer, VolunteerCheck } from '../../../../shared/schemas';

export const EXPIRY_WARNING_DAYS = 60;

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
  /** The day it stopped counting; absent when it was never recorded. */
  expiredOn?: string;
  /** The roles that need it; empty when every volunteer does. */
  neededBy: string[];
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
    const check = current.get(kind);
    if (!check) problems.push({ kind, neededBy: roles });
    else if (check.expires !== undefined && check.expires <= today) problems.push({ kind, expiredOn: check.expires, neededBy: roles });
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
