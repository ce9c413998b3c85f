/**
 * UK law (OISC / the Immigration Advice Authority) lets only accredited advisers give
 * immigration advice. An entry about immigration, or a sub-category of it, may therefore
 * be logged with an outcome other than "signposted" only by an adviser whose
 * 'immigration-accreditation' check is current on the day.
 */
import { messageCode } from '../messages/message-code';
import { IMMIGRATION_CATEGORY_ID } from '../schemas';
import type { AdviceOutcome, IssueCategory, VolunteerCheck } from '../schemas';
import { topLevelOf } from './categories';

export const IMMIGRATION_ADVICE_MESSAGE = messageCode('advice:validation.immigration');

/** For an adviser typed as a plain name, with no volunteer record to check. */
export const IMMIGRATION_UNKNOWN_ADVISER_MESSAGE = messageCode('advice:validation.immigrationUnknownAdviser');

/** The one outcome anyone may log on an immigration matter. */
export const UNREGULATED_OUTCOME: AdviceOutcome = 'signposted';

export interface ImmigrationRuleOptions {
  /** Refuse when the adviser has no volunteer record to check (default true). */
  enforceForUnknownAdvisers: boolean;
}

export const DEFAULT_IMMIGRATION_RULE_OPTIONS: ImmigrationRuleOptions = { enforceForUnknownAdvisers: true };

export type ImmigrationRuleResult = { ok: true } | { ok: false; message: string };

/** True when any of the ids is the immigration category or one of its sub-categories. */
export function isImmigrationMatter(categoryIds: readonly string[], categories: readonly IssueCategory[]): boolean {
  return categoryIds.some((id) => id === IMMIGRATION_CATEGORY_ID || topLevelOf(categories, id) === IMMIGRATION_CATEGORY_ID);
}

/** An accreditation that has started on or before today and has not expired before today. */
export function hasCurrentAccreditation(checks: readonly VolunteerCheck[] | undefined, today: string): boolean {
  return (checks ?? []).some(
    (c) => c.kind === 'immigration-accreditation' && c.date <= today && (c.expires === undefined || c.expires >= today),
  );
}

/**
 * `adviser` is the volunteer record's name and checks; `undefined`, or an adviser without
 * `checks`, means the name was typed freely and cannot be checked.
 */
export function checkImmigrationAdvice(
  entry: { categories: readonly string[]; outcome: AdviceOutcome },
  adviser: { name: string; checks?: readonly VolunteerCheck[] } | undefined,
  today: string,
  categories: readonly IssueCategory[],
  options: Partial<ImmigrationRuleOptions> = {},
): ImmigrationRuleResult {
  const { enforceForUnknownAdvisers } = { ...DEFAULT_IMMIGRATION_RULE_OPTIONS, ...options };
  if (entry.outcome === UNREGULATED_OUTCOME) return { ok: true };
  if (!isImmigrationMatter(entry.categories, categories)) return { ok: true };
  if (adviser?.checks === undefined) {
    return enforceForUnknownAdvisers ? { ok: false, message: IMMIGRATION_UNKNOWN_ADVISER_MESSAGE } : { ok: true };
  }
  return hasCurrentAccreditation(adviser.checks, today) ? { ok: true } : { ok: false, message: IMMIGRATION_ADVICE_MESSAGE };
}
