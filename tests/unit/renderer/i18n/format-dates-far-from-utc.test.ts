/**
 * Calendar dates must read the same whatever zone the laptop is in: this file runs with
 * the process in Auckland (UTC+12/+13), where building a date at local midnight and
 * formatting it in UTC (or the other way round) moves it a day.
 */
process.env.TZ = 'Pacific/Auckland';

import { describe, expect, it } from 'vitest';
import { formatterFor } from '../../../../renderer/i18n/format';

describe('calendar dates on a laptop set to Auckland time', () => {
  it('is really running in Auckland', () => {
    expect(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()).toBe(-780);
  });

  it('keeps each date on its day, on both clock-change days and either side', () => {
    const en = formatterFor('en-GB');
    expect(en.date('2026-04-05')).toBe('Sunday, 5 April 2026');
    expect(en.date('2026-09-27')).toBe('Sunday, 27 September 2026');
    expect(en.date('2026-03-29', 'short')).toBe('Sun 29 Mar');
    expect(en.dateRange('2026-10-25', '2026-10-31')).toBe('25\u2009–\u200931 Oct 2026');
  });

  it('keeps times of day as they were written', () => {
    expect(formatterFor('en-GB').time('02:30')).toBe('02:30');
  });

  it('shows an instant in the laptop’s zone when none is given', () => {
    expect(formatterFor('en-GB').timeOf('2026-09-26T14:30:00Z')).toBe('03:30');
    expect(formatterFor('en-GB').calendarDateOf('2026-04-04T11:30:00Z')).toBe('2026-04-05');
  });
});

describe('ranges, relative times and durations on a laptop set to Auckland time', () => {
  const en = formatterFor('en-GB');

  it('joins ranges over Auckland’s own changes (5 April, 27 September 2026) without moving a day', () => {
    expect(en.dateRange('2026-04-04', '2026-04-06')).toBe('4\u2009–\u20096 Apr 2026');
    expect(en.dateRange('2026-09-26', '2026-09-28', 'long')).toMatch(/^Saturday 26\sSeptember\s+–\sMonday 28 September 2026$/);
    expect(en.timeRange('02:00', '03:30')).toBe('02:00–03:30');
  });

  it('counts relative days by the calendar over the 25-hour April day and the 23-hour September day', () => {
    // Saturday 23:30 NZDT to Sunday 23:30 NZST: 25 hours, the next day.
    expect(en.relativeToNow('2026-04-05T11:30:00Z', new Date('2026-04-04T10:30:00Z'))).toBe('tomorrow');
    // Saturday 23:30 NZST to Sunday 23:30 NZDT: 23 real hours, said in hours (under a day).
    expect(en.relativeToNow('2026-09-27T10:30:00Z', new Date('2026-09-26T11:30:00Z'))).toBe('in 23 hours');
    expect(en.calendarDateOf('2026-09-27T10:30:00Z')).toBe('2026-09-27');
    expect(en.relativeDay('2026-09-26', '2026-09-28')).toBe('2 days ago');
  });

  it('shows a London record stamp in Auckland’s time when the laptop is there, and a duration as an amount', () => {
    expect(en.dateTime('2026-09-26T14:30:00Z')).toBe('27 Sept 2026, 03:30');
    expect(en.duration(90, 'minute')).toBe('90 mins');
  });
});
