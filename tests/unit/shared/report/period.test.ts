import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonthsToMonth,
  daysInMonth,
  inPeriod,
  isMonth,
  monthLabel,
  monthOf,
  monthsIn,
  periodDates,
  periodLabel,
  periodLength,
  previousPeriod,
  quarterOf,
  yearEnding,
} from '../../../../shared/report/period';

describe('report periods', () => {
  it('lists the months of a period, across a year end', () => {
    expect(monthsIn({ from: '2025-11', to: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsIn({ from: '2026-03', to: '2026-03' })).toEqual(['2026-03']);
    expect(monthsIn({ from: '2025-12', to: '2026-11' })).toHaveLength(12);
    expect(periodLength({ from: '2025-12', to: '2026-11' })).toBe(12);
  });

  it('refuses a period that ends before it starts or is not made of months', () => {
    expect(() => monthsIn({ from: '2026-03', to: '2026-02' })).toThrow(RangeError);
    expect(() => monthsIn({ from: '2026-13', to: '2027-02' })).toThrow(RangeError);
    expect(() => monthsIn({ from: '2026-1', to: '2026-02' })).toThrow(RangeError);
    expect(() => periodDates({ from: '2026-01-01', to: '2026-02' })).toThrow(RangeError);
  });

  it('finds the previous period of the same length', () => {
    expect(previousPeriod({ from: '2025-12', to: '2026-11' })).toEqual({ from: '2024-12', to: '2025-11' });
    expect(previousPeriod({ from: '2026-01', to: '2026-03' })).toEqual({ from: '2025-10', to: '2025-12' });
    expect(previousPeriod({ from: '2026-01', to: '2026-01' })).toEqual({ from: '2025-12', to: '2025-12' });
  });

  it('gives the first and last dates, with leap years', () => {
    expect(periodDates({ from: '2025-12', to: '2026-11' })).toEqual({ fromDate: '2025-12-01', toDate: '2026-11-30' });
    expect(periodDates({ from: '2024-01', to: '2024-02' })).toEqual({ fromDate: '2024-01-01', toDate: '2024-02-29' });
    expect(periodDates({ from: '2026-02', to: '2026-02' }).toDate).toBe('2026-02-28');
    expect(periodDates({ from: '1900-02', to: '1900-02' }).toDate).toBe('1900-02-28');
    expect(periodDates({ from: '2000-02', to: '2000-02' }).toDate).toBe('2000-02-29');
    expect(periodDates({ from: '2026-01', to: '2026-12' }).toDate).toBe('2026-12-31');
  });

  it('finds the calendar quarter of a date or month', () => {
    expect(quarterOf('2026-11-24')).toEqual({ from: '2026-10', to: '2026-12' });
    expect(quarterOf('2026-01-01')).toEqual({ from: '2026-01', to: '2026-03' });
    expect(quarterOf('2026-06')).toEqual({ from: '2026-04', to: '2026-06' });
    expect(quarterOf('2026-07-31')).toEqual({ from: '2026-07', to: '2026-09' });
  });

  it('gives the year ending with a month', () => {
    expect(yearEnding('2026-11')).toEqual({ from: '2025-12', to: '2026-11' });
    expect(yearEnding('2026-12')).toEqual({ from: '2026-01', to: '2026-12' });
    expect(yearEnding('2026-03-15')).toEqual({ from: '2025-04', to: '2026-03' });
  });

  it('has small helpers for months and labels', () => {
    expect(isMonth('2026-02')).toBe(true);
    expect(isMonth('2026-00')).toBe(false);
    expect(monthOf('2026-02-14')).toBe('2026-02');
    expect(() => monthOf('14/02/2026')).toThrow(RangeError);
    expect(addMonthsToMonth('2026-01', -1)).toBe('2025-12');
    expect(addMonthsToMonth('2026-01', 25)).toBe('2028-02');
    expect(daysInMonth('2026-04')).toBe(30);
    expect(inPeriod('2026-11-30', { from: '2025-12', to: '2026-11' })).toBe(true);
    expect(inPeriod('2026-12-01', { from: '2025-12', to: '2026-11' })).toBe(false);
    expect(inPeriod('2025-11-30', { from: '2025-12', to: '2026-11' })).toBe(false);
    expect(monthLabel('2026-03')).toBe('March 2026');
    expect(periodLabel({ from: '2025-12', to: '2026-11' })).toBe('December 2025 to November 2026');
    expect(periodLabel({ from: '2026-03', to: '2026-03' })).toBe('March 2026');
  });

  const months = fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

  it('keeps periods consistent (property)', () => {
    fc.assert(
      fc.property(months, fc.integer({ min: 0, max: 40 }), (from, extra) => {
        const period = { from, to: addMonthsToMonth(from, extra) };
        const list = monthsIn(period);
        expect(list).toHaveLength(extra + 1);
        expect(list[0]).toBe(period.from);
        expect(list[list.length - 1]).toBe(period.to);
        for (let i = 1; i < list.length; i += 1) expect(list[i]! > list[i - 1]!).toBe(true);
        const before = previousPeriod(period);
        expect(periodLength(before)).toBe(periodLength(period));
        expect(addMonthsToMonth(before.to, 1)).toBe(period.from);
        const { fromDate, toDate } = periodDates(period);
        expect(fromDate).toBe(`${period.from}-01`);
        expect(toDate.slice(0, 7)).toBe(period.to);
        // The day after the last date is in the next month.
        const next = new Date(`${toDate}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        expect(next.toISOString().slice(0, 7)).toBe(addMonthsToMonth(period.to, 1));
        const quarter = quarterOf(from);
        expect(periodLength(quarter)).toBe(3);
        expect(inPeriod(from, quarter)).toBe(true);
        expect(periodLength(yearEnding(from))).toBe(12);
      }),
      { numRuns: 1000 },
    );
  });
});
