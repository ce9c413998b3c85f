import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '../../../../shared/schedule/dates';
import { buildRule, clinicOccurrences } from '../../../../shared/schedule/recurrence';

/** Every Monday–Friday date between two dates inclusive, by plain calendar arithmetic. */
function weekdaysBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (weekdayOf(date) < 5) dates.push(date);
  }
  return dates;
}

describe('monthly by weekday', () => {
  it('gives the first Thursday of every month for a year', () => {
    const clinic = { rrule: buildRule({ kind: 'monthly-by-weekday', nth: 1, weekday: 3 }), startDate: '2026-01-01' };
    const dates = clinicOccurrences(clinic, '2026-01-01', '2026-12-31');
    expect(dates).toEqual([
      '2026-01-01', '2026-02-05', '2026-03-05', '2026-04-02', '2026-05-07', '2026-06-04',
      '2026-07-02', '2026-08-06', '2026-09-03', '2026-10-01', '2026-11-05', '2026-12-03',
    ]);
    expect(dates).toHaveLength(12);
    for (const date of dates) {
      expect(weekdayOf(date)).toBe(3);
      expect(Number(date.slice(8))).toBeLessThanOrEqual(7);
    }
  });

  it('gives the last Friday of every month', () => {
    const clinic = { rrule: buildRule({ kind: 'monthly-by-weekday', nth: -1, weekday: 4 }), startDate: '2026-01-01' };
    const dates = clinicOccurrences(clinic, '2026-01-01', '2026-12-31');
    expect(dates).toEqual([
      '2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24', '2026-05-29', '2026-06-26',
      '2026-07-31', '2026-08-28', '2026-09-25', '2026-10-30', '2026-11-27', '2026-12-25',
    ]);
    for (const date of dates) {
      expect(weekdayOf(date)).toBe(4);
      // A week later is already next month.
      expect(addDays(date, 7).slice(0, 7)).not.toBe(date.slice(0, 7));
    }
  });
});

describe('monthly by date', () => {
  it('meets on the 31st only in months that have one', () => {
    const clinic = { rrule: buildRule({ kind: 'monthly-by-date', day: 31 }), startDate: '2026-01-01' };
    expect(clinicOccurrences(clinic, '2026-01-01', '2026-12-31')).toEqual([
      '2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31', '2026-08-31', '2026-10-31', '2026-12-31',
    ]);
  });

  it('meets on 29 February only in a leap year', () => {
    const clinic = { rrule: buildRule({ kind: 'monthly-by-date', day: 29 }), startDate: '2027-01-01' };
    expect(clinicOccurrences(clinic, '2027-02-01', '2027-02-28')).toEqual([]);
    expect(clinicOccurrences(clinic, '2027-01-01', '2027-03-31')).toEqual(['2027-01-29', '2027-03-29']);
    expect(clinicOccurrences(clinic, '2028-02-01', '2028-02-29')).toEqual(['2028-02-29']);
    expect(clinicOccurrences(clinic, '2028-01-01', '2028-03-31')).toEqual(['2028-01-29', '2028-02-29', '2028-03-29']);
  });
});

describe('weekly across the clock changes', () => {
  const everyWeekday = { rrule: buildRule({ kind: 'weekly', weekdays: [0, 1, 2, 3, 4], interval: 1 }), startDate: '2026-01-01' };

  it('neither skips nor doubles a day when the clocks go forward (29 March 2026)', () => {
    const dates = clinicOccurrences(everyWeekday, '2026-03-23', '2026-04-03');
    expect(dates).toEqual([
      '2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27',
      '2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03',
    ]);
  });

  it('neither skips nor doubles a day when the clocks go back (25 October 2026)', () => {
    const dates = clinicOccurrences(everyWeekday, '2026-10-19', '2026-10-30');
    expect(dates).toEqual([
      '2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23',
      '2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30',
    ]);
  });

  it('gives exactly the Monday–Friday dates across both changes', () => {
    const dates = clinicOccurrences(everyWeekday, '2026-03-01', '2026-11-30');
    expect(dates).toEqual(weekdaysBetween('2026-03-01', '2026-11-30'));
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('keeps a fortnightly rule in step across a change', () => {
    const fortnightly = { rrule: buildRule({ kind: 'weekly', weekdays: [2], interval: 2 }), startDate: '2026-03-18' };
    expect(clinicOccurrences(fortnightly, '2026-03-01', '2026-04-30')).toEqual([
      '2026-03-18', '2026-04-01', '2026-04-15', '2026-04-29',
    ]);
  });
});

describe('start and end dates', () => {
  const everyMonday = buildRule({ kind: 'weekly', weekdays: [0], interval: 1 });

  it('stops on the end date, including it', () => {
    const clinic = { rrule: everyMonday, startDate: '2026-01-05', endDate: '2026-02-02' };
    expect(clinicOccurrences(clinic, '2026-01-01', '2026-03-31')).toEqual([
      '2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02',
    ]);
    expect(clinicOccurrences({ ...clinic, endDate: '2026-02-01' }, '2026-01-01', '2026-03-31')).toHaveLength(4);
    expect(clinicOccurrences(clinic, '2026-02-03', '2026-03-31')).toEqual([]);
  });

  it('starts from a start date in the middle of the range', () => {
    const clinic = { rrule: everyMonday, startDate: '2026-03-10' };
    expect(clinicOccurrences(clinic, '2026-03-01', '2026-03-31')).toEqual(['2026-03-16', '2026-03-23', '2026-03-30']);
  });

  it('gives nothing when the clinic ends before it starts in the range', () => {
    const clinic = { rrule: everyMonday, startDate: '2026-03-10', endDate: '2026-03-12' };
    expect(clinicOccurrences(clinic, '2026-03-01', '2026-03-31')).toEqual([]);
  });
});
