/**
 * A clinic's schedule in words, in the app's language: "every week on Monday and Thursday",
 * "every month on the last Friday". The stored iCalendar rule is read back into the form's
 * choice (shared/schedule/recurrence) and worded from the catalogue; rrule's own toText()
 * speaks English only.
 */
import type { TFunction } from 'i18next';
import { parseRuleChoice, type RuleChoice } from '../../../../shared/schedule/recurrence';
import type { Formatter } from '../../../i18n/format';

const NTH_WORDS = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' } as const;

export function describeChoice(choice: RuleChoice, t: TFunction<'clinics'>, format: Formatter): string {
  const weekdays = format.weekdays('long');
  if (choice.kind === 'weekly') {
    const days = [...new Set(choice.weekdays)].sort((a, b) => a - b).map((d) => weekdays[d] ?? '');
    return t('rule.weekly', { interval: choice.interval, days: format.list(days) });
  }
  if (choice.kind === 'monthly-by-weekday') {
    return t('rule.monthlyByWeekday', { nth: NTH_WORDS[choice.nth], weekday: weekdays[choice.weekday] ?? '' });
  }
  return t('rule.monthlyByDate', { day: choice.day });
}

/** A stored rule in words; a rule the form cannot show (made elsewhere) says so plainly. */
export function describeStoredRule(rrule: string, t: TFunction<'clinics'>, format: Formatter): string {
  let choice: RuleChoice | undefined;
  try {
    choice = parseRuleChoice(rrule);
  } catch {
    choice = undefined;
  }
  return choice ? describeChoice(choice, t, format) : t('rule.other');
}
