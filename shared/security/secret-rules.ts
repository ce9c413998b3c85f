/**
 * The plain rules a PIN or passphrase must meet, checked before anything is derived.
 * A passphrase: at least 10 characters and not one character repeated. A PIN: 6 to 12
 * digits, not all the same and not a straight run (123456). Stronger is always allowed;
 * the point is to refuse what a guesser tries first. What a PIN does not protect against
 * is in docs/security.md.
 */
import type { SecretKind } from './user';

export const PASSPHRASE_MIN = 10;
export const PIN_MIN = 6;
export const PIN_MAX = 12;

export type SecretProblem = 'passphraseTooShort' | 'passphraseRepeated' | 'pinNotDigits' | 'pinLength' | 'pinTooSimple';

function isStraightRun(digits: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < digits.length; i++) steps.add(digits.charCodeAt(i) - digits.charCodeAt(i - 1));
  return steps.size === 1 && (steps.has(1) || steps.has(-1) || steps.has(0));
}

/** Undefined when the secret is acceptable; otherwise the one problem to tell the person. */
export function secretProblem(kind: SecretKind, secret: string): SecretProblem | undefined {
  if (kind === 'pin') {
    if (!/^\d+$/.test(secret)) return 'pinNotDigits';
    if (secret.length < PIN_MIN || secret.length > PIN_MAX) return 'pinLength';
    if (isStraightRun(secret)) return 'pinTooSimple';
    return undefined;
  }
  const chars = [...secret.trim()];
  if (chars.length < PASSPHRASE_MIN) return 'passphraseTooShort';
  if (new Set(chars).size === 1) return 'passphraseRepeated';
  return undefined;
}
