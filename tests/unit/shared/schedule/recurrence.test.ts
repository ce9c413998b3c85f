import { describe, expect, it } from 'vitest';
import { buildRule, clinicOccurrences, describeRule, parseRuleChoice, type RuleChoice } from '../../../../shared/schedule/recurrence';

describe('clinic schedules', () => {
  it.each<[string, RuleChoice, string]>([
    ['every weekday', { kind: 'weekly', weekdays: [0, 1, 2, 3, 4], interval: 1 }, 'every weekday'],
    ['every Wednesday', { kind: 'weekly', weekdays: [2], interval: 1 }, 'every week on Wednesday'],
    ['the first Thursday of each month', { kind: 'monthly-by-weekday', nth: 1, weekday: 3 }, 'every month on the 1st Thursday'],
  ])('builds, reads back and describes %s', (_label, choice, words) => {
    const rule = buildRule(choice);
    expect(parseRuleChoice(rule)).toEqual(choice);
    expect(describeRule(rule)).toBe(words);
  });

  it('lists the dates a clinic meets, within its start and end', () => {
    const firstThursday = { rrule: buildRule({ kind: 'monthly-by-weekday', nth: 1, weekday: 3 }), startDate: '2026-01-01' };
    expect(clinicOccurrences(firstThursday, '2026-10-01', '2026-12-31')).toEqual(['2026-10-01', '2026-11-05', '2026-12-03']);
    const weekdays = { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', startDate: '2026-11-24', endDate: '2026-11-26' };
    expect(clinicOccurrences(weekdays, '2026-11-20', '2026-11-30')).toEqual(['2026-11-24', '2026-11-25', '2026-11-26']);
  });
});
