/**
 * The form rules for a new PIN or passphrase, worded from the access catalogue: the plain
 * rule of shared/security/secret-rules.ts, then the two typings must match.
 */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { secretProblem } from '../../../shared/security/secret-rules';

export function newPassphraseFields(t: TFunction<'access'>) {
  return {
    passphrase: z.string().superRefine((value, ctx) => {
      const problem = secretProblem('passphrase', value);
      if (problem) ctx.addIssue({ code: 'custom', message: t(`secret.${problem}`) });
    }),
    confirm: z.string(),
  };
}

/** Adds the "typed twice the same" rule to a schema holding newPassphraseFields. */
export function confirmMatches(t: TFunction<'access'>) {
  return (value: { passphrase: string; confirm: string }, ctx: z.RefinementCtx): void => {
    if (value.confirm !== value.passphrase) ctx.addIssue({ code: 'custom', path: ['confirm'], message: t('secret.mismatch') });
  };
}

export const requiredText = (message: string, max = 120) => z.string().trim().min(1, message).max(max);
