/**
 * Clinic schedules as iCalendar recurrence rules (RFC 5545 RRULE), through the rrule
 * library. A coordinator never types RRULE text: the schedule form builds a `RuleChoice`,
 * `buildRule` turns it into the rule stored on the clinic, and `describeRule` reads it back
 * in plain words.
 */
import type { Weekday } from 'rrule';
import { Frequency, RRule } from 'rrule';
import { formatIsoDate, parseIsoDate } from './dates';

const WEEKDAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU] as const;

/** The schedules a forum actually runs, as a plain form offers them. Weekday 0 = Monday. */
export type RuleChoice =
  | { kind: 'weekly'; weekdays: number[]; interval: number }
  | { kind: 'monthly-by-weekday'; nth: 1 | 2 | 3 | 4 | -1; weekday: number }
  | { kind: 'monthly-by-date'; day: number };

export function buildRule(choice: RuleChoice): string {
  const rule =
    choice.kind === 'weekly'
      ? new RRule({
          freq: Frequency.WEEKLY,
          interval: Math.max(1, choice.interval),
          byweekday: [...new Set(choice.weekdays)].sort().map((d) => WEEKDAYS[d]!),
        })
      : choice.kind === 'monthly-by-weekday'
        ? new RRule({ freq: Frequency.MONTHLY, byweekday: [WEEKDAYS[choice.weekday]!.nth(choice.nth)] })
        : new RRule({ freq: Frequency.MONTHLY, bymonthday: [choice.day] });
  return rule.toString().replace(/^RRULE:/, '');
}

function ruleFor(body: string, startDate: string): RRule {
  return RRule.fromString(`DTSTART:${startDate.replaceAll('-', '')}T000000Z\nRRULE:${body}`);
}

/** Reads a stored rule back into the form's choice; undefined for rules the form cannot show. */
export function parseRuleChoice(body: string): RuleChoice | undefined {
  const options = RRule.parseString(body);
  const days = (options.byweekday ?? []) as Weekday[];
  if (options.freq === Frequency.WEEKLY && days.length > 0) {
    return { kind: 'weekly', weekdays: days.map((d) => d.weekday), interval: options.interval ?? 1 };
  }
  if (options.freq === Frequency.MONTHLY && days.length === 1 && days[0]!.n) {
    return { kind: 'monthly-by-weekday', nth: days[0]!.n as 1 | 2 | 3 | 4 | -1, weekday: days[0]!.weekday };
  }
  const monthDays = options.bymonthday;
  const day = Array.isArray(monthDays) ? monthDays[0] : monthDays;
  if (options.freq === Frequency.MONTHLY && typeof day === 'number') return { kind: 'monthly-by-date', day };
  return undefined;
}

/** "every week on Monday, Tuesday, Wednesday, Thursday, Friday", "every month on the 1st Thursday". */
export function describeRule(body: string): string {
  try {
    return RRule.fromString(body).toText();
  } catch {
    return 'an unreadable schedule';
  }
}

/** The dates (YYYY-MM-DD) a clinic meets between two dates inclusive, within its own start/end. */
export function clinicOccurrences(
  clinic: { rrule: string; startDate: string; endDate?: string | undefined },
  from: string,
  to: string,
): string[] {
  const first = from > clinic.startDate ? from : clinic.startDate;
  const last = clinic.endDate && clinic.endDate < to ? clinic.endDate : to;
  if (last < first) return [];
  return ruleFor(clinic.rrule, clinic.startDate)
    .between(parseIsoDate(first), parseIsoDate(last), true)
    .map(formatIsoDate);
}
