/**
 * The format module on a laptop set to London time (the forum's own), across both of
 * 2026's clock changes: Sunday 29 March (01:00 GMT → 02:00 BST) and Sunday 25 October
 * (02:00 BST → 01:00 GMT). Calendar dates, times of day and ranges never move; instants
 * shown without a zone use the laptop's; relative times count calendar days; durations
 * are amounts, not clock readings. (format-dates-far-from-utc.test.ts does the same in Auckland.)
 */
process.env.TZ = 'Europe/London';

import { describe, expect, it } from 'vitest';
import { formatterFor } from '../../../../renderer/i18n/format';

const en = formatterFor('en-GB');
const pl = formatterFor('pl');
const ar = formatterFor('ar');

describe('a laptop set to London time', () => {
  it('is really in London: GMT in winter, BST in summer', () => {
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(0);
    expect(new Date('2026-07-15T12:00:00Z').getTimezoneOffset()).toBe(-60);
  });

  it('keeps calendar dates on their day on both change days and either side', () => {
    expect(en.date('2026-03-28')).toBe('Saturday, 28 March 2026');
    expect(en.date('2026-03-29')).toBe('Sunday, 29 March 2026');
    expect(en.date('2026-03-30', 'medium')).toBe('30 Mar 2026');
    expect(en.date('2026-10-25')).toBe('Sunday, 25 October 2026');
    expect(en.date('2026-10-26', 'numeric')).toBe('26/10/2026');
    expect(pl.date('2026-10-25')).toBe('niedziela, 25 października 2026');
  });

  it('keeps times of day as written, even the hour that does not exist or happens twice', () => {
    expect(en.time('01:30')).toBe('01:30');
    expect(en.timeRange('01:00', '02:30')).toBe('01:00–02:30');
  });

  it('joins date ranges over a clock change without losing or adding a day', () => {
    expect(en.dateRange('2026-03-28', '2026-03-30')).toBe('28\u2009–\u200930 Mar 2026');
    expect(en.dateRange('2026-10-24', '2026-11-01', 'long')).toMatch(/^Saturday 24\sOctober\s+–\sSunday 1 November 2026$/);
  });

  it('shows instants in the laptop’s zone when none is given: the skipped hour and the repeated one', () => {
    expect(en.timeOf('2026-03-29T00:30:00Z')).toBe('00:30');
    expect(en.timeOf('2026-03-29T01:30:00Z')).toBe('02:30');
    expect(en.timeOf('2026-10-25T00:30:00Z')).toBe('01:30');
    expect(en.timeOf('2026-10-25T01:30:00Z')).toBe('01:30');
    expect(en.dateTime('2026-10-24T23:30:00Z')).toBe('25 Oct 2026, 00:30');
    expect(en.calendarDateOf('2026-10-24T23:30:00Z')).toBe('2026-10-25');
    expect(en.calendarDateOf('2026-01-10T23:30:00Z')).toBe('2026-01-10');
  });

  it('counts relative days by the calendar over the 23-hour and the 25-hour day', () => {
    expect(en.relativeDay('2026-03-30', '2026-03-29')).toBe('tomorrow');
    expect(en.relativeDay('2026-10-24', '2026-10-26')).toBe('2 days ago');
    // Saturday 23:30 GMT to Sunday 23:30 BST: 23 real hours (said in hours, under a day), on the next calendar day.
    expect(en.relativeToNow('2026-03-29T22:30:00Z', new Date('2026-03-28T23:30:00Z'))).toBe('in 23 hours');
    expect(en.calendarDateOf('2026-03-29T22:30:00Z')).toBe('2026-03-29');
    // Saturday 23:30 BST to Monday 00:30 GMT: 26 hours over the long day, two days later.
    expect(en.relativeToNow('2026-10-26T00:30:00Z', new Date('2026-10-24T22:30:00Z'))).toBe('in 2 days');
    expect(pl.relativeDay('2026-10-26', '2026-10-25')).toBe('jutro');
    expect(ar.relativeDay('2026-03-30', '2026-03-29')).toBe('غدًا');
  });

  it('writes durations as amounts, whatever the clock did that day', () => {
    expect(en.duration(60, 'minute')).toBe('60 mins');
    expect(en.duration(1.5, 'hour', 'long')).toBe('1.5 hours');
    expect(pl.duration(25, 'minute', 'long')).toBe('25 minut');
  });
});
