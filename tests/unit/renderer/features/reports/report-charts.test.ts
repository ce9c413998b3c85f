// @vitest-environment node
/** The report's charts: their axes reach every published value in whole steps, and a hidden value breaks the line. */
import { describe, expect, it } from 'vitest';
import { countScale, trendPath } from '../../../../../renderer/features/reports/ReportCharts';

describe('the report charts’ scales and line', () => {
  it('gives whole-number ticks from 0 to at least the largest value, about five of them', () => {
    expect(countScale(12, [0, 100]).ticks).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(countScale(20, [0, 100]).ticks).toEqual([0, 5, 10, 15, 20]);
    expect(countScale(1, [0, 100]).ticks).toEqual([0, 1]);
    expect(countScale(0, [0, 100]).ticks).toEqual([0, 1]);
    for (const max of [3, 7, 49, 230, 1_234, 98_765]) {
      const { scale, ticks } = countScale(max, [0, 100]);
      expect(scale.domain()[1]!, String(max)).toBeGreaterThanOrEqual(max);
      expect(ticks.at(-1)!, String(max)).toBeGreaterThanOrEqual(max);
      expect(ticks.every(Number.isInteger), String(max)).toBe(true);
      expect(ticks.length, String(max)).toBeLessThanOrEqual(7);
    }
  });

  it('draws the line through published values only, breaking it where a value is hidden', () => {
    const data = ['Jan', 'Feb', 'Mar', 'Apr', 'May'].map((label, i) => ({ label, value: i === 2 ? null : i }));
    const x = (label: string) => ['Jan', 'Feb', 'Mar', 'Apr', 'May'].indexOf(label) * 10;
    const path = trendPath(data, x, (value) => 100 - value);
    // Two runs: Jan to Feb, then Apr to May; nothing is drawn for March.
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path).toBe('M0,100L10,99M30,97L40,96');
    expect(trendPath([{ label: 'Jan', value: null }], x, (v) => v)).toBe('');
  });
});
