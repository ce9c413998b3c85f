/**
 * The formatting module in each UI language, and across both clock changes in two zones:
 * London, and Auckland (12 or 13 hours from UTC, its clocks change the other way round).
 * Instants are given their zone explicitly; calendar dates must not care about the zone at
 * all (format-dates-far-from-utc.test.ts runs the same dates with the process in Auckland).
 */
import { describe, expect, it } from 'vitest';
import { formatterFor } from '../../../../renderer/i18n/format';

const london = formatterFor('en-GB', { timeZone: 'Europe/London' });
const auckland = formatterFor('en-GB', { timeZone: 'Pacific/Auckland' });

describe('calendar dates and times of day', () => {
  const en = formatterFor('en-GB');

  it('reads a date the British way in English, with the weekday, whatever the style', () => {
    expect(en.date('2026-11-24')).toBe('Tuesday, 24 November 2026');
    expect(en.date('2026-11-24', 'medium')).toBe('24 Nov 2026');
    expect(en.date('2026-11-24', 'short')).toBe('Tue 24 Nov');
    expect(en.date('2026-11-24', 'numeric')).toBe('24/11/2026');
    expect(en.date('2026-11-24', 'monthYear')).toBe('November 2026');
  });

  it('writes each language in its own words and order, always on the Gregorian calendar', () => {
    expect(formatterFor('pl').date('2026-03-29')).toBe('niedziela, 29 marca 2026');
    expect(formatterFor('uk').date('2026-03-29', 'medium')).toBe('29 бер. 2026 р.');
    // Farsi keeps Persian digits but not the Solar Hijri calendar (that would be 9 Farvardin 1405).
    expect(formatterFor('fa').date('2026-03-29', 'medium')).toContain('۲۰۲۶');
    expect(formatterFor('fa').date('2026-03-29', 'medium')).toContain('۲۹');
    expect(formatterFor('ar').date('2026-03-29', 'monthYear')).toContain('2026');
  });

  it('shows a time of day in the locale, without moving it', () => {
    expect(en.time('09:05')).toBe('09:05');
    expect(en.time('18:30')).toBe('18:30');
    expect(en.timeRange('10:00', '12:30')).toBe('10:00–12:30');
    expect(formatterFor('pl').time('18:30')).toBe('18:30');
  });

  it('joins two dates into one range', () => {
    expect(en.dateRange('2026-03-02', '2026-03-08')).toBe('2\u2009–\u20098 Mar 2026');
    expect(en.dateRange('2026-03-30', '2026-04-05')).toBe('30 Mar\u2009–\u20095 Apr 2026');
  });

  it('refuses something that is not a date or a time, rather than printing "Invalid Date"', () => {
    expect(() => en.date('24/11/2026')).toThrow(RangeError);
    expect(() => en.time('9:5')).toThrow(RangeError);
  });

  it('names the weekdays from Monday, as the rota does, in every language', () => {
    expect(en.weekdays()).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(formatterFor('ar').weekdays()[0]).toBe('الاثنين');
    expect(formatterFor('uk').weekdays()[6]).toBe('неділя');
    expect(en.months('short')[0]).toBe('Jan');
  });
});

describe('instants across the clock changes in London', () => {
  it('shows the hour the clocks skip in March: 00:30 GMT, then 02:30 BST', () => {
    expect(london.timeOf('2026-03-29T00:30:00Z')).toBe('00:30');
    expect(london.timeOf('2026-03-29T01:30:00Z')).toBe('02:30');
  });

  it('shows the hour the clocks repeat in October twice: 01:30 BST, then 01:30 GMT', () => {
    expect(london.timeOf('2026-10-25T00:30:00Z')).toBe('01:30');
    expect(london.timeOf('2026-10-25T01:30:00Z')).toBe('01:30');
    expect(london.dateTime('2026-10-25T01:30:00Z')).toBe('25 Oct 2026, 01:30');
  });

  it('counts calendar days, not 24-hour blocks, over the short March day', () => {
    // Saturday 00:30 GMT to Monday 00:10 BST is 46 h 40 min, and two days.
    expect(london.relativeToNow('2026-03-29T23:10:00Z', new Date('2026-03-28T00:30:00Z'))).toBe('in 2 days');
    expect(london.calendarDateOf('2026-03-29T23:10:00Z')).toBe('2026-03-30');
  });

  it('counts one day over the long October day', () => {
    // Sunday 00:30 BST to Monday 00:15 GMT is 24 h 45 min, and one day.
    expect(london.relativeToNow('2026-10-26T00:15:00Z', new Date('2026-10-24T23:30:00Z'))).toBe('tomorrow');
    expect(london.relativeToNow('2026-10-24T23:30:00Z', new Date('2026-10-26T00:15:00Z'))).toBe('yesterday');
  });

  it('says minutes and hours under a day', () => {
    const now = new Date('2026-03-29T00:50:00Z');
    expect(london.relativeToNow('2026-03-29T00:38:00Z', now)).toBe('12 minutes ago');
    expect(london.relativeToNow('2026-03-29T03:50:00Z', now)).toBe('in 3 hours');
  });
});

describe('instants across the clock changes in Auckland', () => {
  it('repeats 02:30 when the clocks go back in April (NZDT +13 to NZST +12)', () => {
    expect(auckland.timeOf('2026-04-04T13:30:00Z')).toBe('02:30');
    expect(auckland.timeOf('2026-04-04T14:30:00Z')).toBe('02:30');
    expect(auckland.calendarDateOf('2026-04-04T11:30:00Z')).toBe('2026-04-05');
  });

  it('skips from 01:59 to 03:00 when the clocks go forward in September', () => {
    expect(auckland.timeOf('2026-09-26T13:30:00Z')).toBe('01:30');
    expect(auckland.timeOf('2026-09-26T14:30:00Z')).toBe('03:30');
    expect(auckland.dateTime('2026-09-26T14:30:00Z')).toBe('27 Sept 2026, 03:30');
  });

  it('counts calendar days over both changes', () => {
    // Saturday 4 April 00:30 NZDT to Monday 6 April 00:10 NZST: 48 h 40 min, two days.
    expect(auckland.relativeToNow('2026-04-05T12:10:00Z', new Date('2026-04-03T11:30:00Z'))).toBe('in 2 days');
    // Saturday 26 September 00:30 NZST to Monday 28 September 00:10 NZDT: 46 h 40 min, two days.
    expect(auckland.relativeToNow('2026-09-27T11:10:00Z', new Date('2026-09-25T12:30:00Z'))).toBe('in 2 days');
  });
});

describe('numbers, money, lists and relative days', () => {
  it('groups and separates digits as each language does', () => {
    expect(formatterFor('en-GB').number(20000)).toBe('20,000');
    expect(formatterFor('pl').number(1234.5)).toBe('1234,5');
    expect(formatterFor('uk').number(20000)).toBe('20\u00a0000');
    expect(formatterFor('fa').number(12)).toBe('۱۲');
    expect(formatterFor('en-GB').percent(0.256)).toBe('26%');
  });

  it('shows pounds with the pound sign in every language', () => {
    expect(formatterFor('en-GB').money(12.5)).toBe('£12.50');
    expect(formatterFor('en-GB').money(1234, { whole: true })).toBe('£1,234');
    expect(formatterFor('pl').money(1234.5)).toBe('1234,50\u00a0£');
    expect(formatterFor('ar').money(12.5)).toContain('£');
    expect(formatterFor('uk').money(12.5)).toContain('£');
  });

  it('joins names with the language’s own "and" / "or"', () => {
    expect(formatterFor('en-GB').list(['Amal', 'Bogdan', 'Chen'])).toBe('Amal, Bogdan and Chen');
    expect(formatterFor('en-GB').list(['Amal', 'Bogdan'], 'disjunction')).toBe('Amal or Bogdan');
    expect(formatterFor('pl').list(['Amal', 'Bogdan', 'Chen'])).toBe('Amal, Bogdan i Chen');
    expect(formatterFor('uk').list(['Amal', 'Bogdan'])).toBe('Amal і Bogdan');
  });

  it('says today, tomorrow and a number of days for calendar dates', () => {
    const en = formatterFor('en-GB');
    expect(en.relativeDay('2026-11-24', '2026-11-24')).toBe('today');
    expect(en.relativeDay('2026-11-25', '2026-11-24')).toBe('tomorrow');
    expect(en.relativeDay('2026-11-19', '2026-11-24')).toBe('5 days ago');
    expect(formatterFor('pl').relativeDay('2026-11-25', '2026-11-24')).toBe('jutro');
  });

  it('writes durations as units', () => {
    expect(formatterFor('en-GB').duration(12, 'minute')).toBe('12 mins');
    expect(formatterFor('en-GB').duration(3.5, 'hour', 'long')).toBe('3.5 hours');
  });
});

describe('plurals', () => {
  it('picks the plural category of each language', () => {
    expect([1, 2, 5, 22].map((n) => formatterFor('pl').pluralCategory(n))).toEqual(['one', 'few', 'many', 'few']);
    expect([1, 3, 11, 21].map((n) => formatterFor('uk').pluralCategory(n))).toEqual(['one', 'few', 'many', 'one']);
    expect([0, 1, 2, 3, 11, 100].map((n) => formatterFor('ar').pluralCategory(n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('never writes "1 people": the form follows the count', () => {
    const en = formatterFor('en-GB');
    const people = { one: '# person registered', other: '# people registered' };
    expect(en.plural(1, people)).toBe('1 person registered');
    expect(en.plural(20000, people)).toBe('20,000 people registered');
    const zmiany = { one: '# zmiana', few: '# zmiany', many: '# zmian', other: '# zmiany' };
    expect([1, 2, 5, 22].map((n) => formatterFor('pl').plural(n, zmiany))).toEqual(['1 zmiana', '2 zmiany', '5 zmian', '22 zmiany']);
  });
});
