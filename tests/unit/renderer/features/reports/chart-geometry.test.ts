// @vitest-environment node
/** The report's charts: their axes reach every published value in whole steps, and a hidden value breaks the line. */
import { describe, expect, it } from 'vitest';
import { axisTicks, pointsOf, segments } from '../../../../../renderer/features/reports/chart-geometry';

describe('the report charts’ geometry', () => {
  it('gives whole-number ticks from 0 past the largest value, in steps of 1, 2 or 5 times a power of ten', () => {
    expect(axisTicks(12)).toEqual([0, 5, 10, 15]);
    expect(axisTicks(5)).toEqual([0, 2, 4, 6]);
    expect(axisTicks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(axisTicks(1)).toEqual([0, 1]);
    expect(axisTicks(0)).toEqual([0, 1]);
    for (const max of [3, 7, 49, 230, 1_234, 98_765]) {
      const ticks = axisTicks(max);
      expect(ticks.at(-1)!, String(max)).toBeGreaterThanOrEqual(max);
      expect(ticks.every(Number.isInteger), String(max)).toBe(true);
      expect(ticks.length, String(max)).toBeLessThanOrEqual(7);
    }
  });

  it('spreads points evenly, and breaks the line where a value is hidden', () => {
    expect(pointsOf(4, 0, 400)).toEqual([50, 150, 250, 350]);
    expect(segments([1, 2, null, 4, null, null, 7, 8])).toEqual([[0, 1], [3], [6, 7]]);
    expect(segments([null, null])).toEqual([]);
  });
});
