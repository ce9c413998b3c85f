/**
 * The exact reader (disclosure-flow.ts) on cases worked out by hand, including one that
 * no single row or column gives away: only rows 0 and 1 together, minus column 0.
 */
import { describe, expect, it } from 'vitest';
import { protectTable } from '../../../../shared/report/disclosure';
import { exactHighs } from '../../../../shared/report/disclosure-flow';

const _ = undefined;

describe('exactHighs', () => {
  it('pins the 2 and the 1 of the column [0, 2, 1, 207] to 3 together, as issue 16 says', () => {
    // Rows 0..3 with their totals, then the totals row.
    const published = [[0, 0], [_, _], [_, _], [207, 207], [210, 210]];
    const highs = exactHighs(published, { threshold: 5, rounding: 1 }, true);
    expect(highs.cell[1]![0]).toBe(2);
    expect(highs.cell[2]![0]).toBe(2);
    // Lines: rows 0..4 (4 is the totals row), then column 0, then the totals column.
    expect(highs.line[5]).toBe(3);
  });

  it('pins the 1 and the 5 of the row [1, 5, 238] to at most 9, from 245 and 240 at rounding 5', () => {
    const published = [[_, _, 240, 245], [_, _, 240, 245]];
    const highs = exactHighs(published, { threshold: 10, rounding: 5 }, true);
    expect(highs.line[0]).toBe(9);
  });

  it('finds what only three lines together give away', () => {
    // Threshold 7. Rows 0 and 1 add up to 47 − 27 = 20, column 0 takes 32 − 19 = 13 of
    // it, so the five hidden cells of rows 0 and 1 outside column 0 (one of them the
    // zero, published) add up to 7: the 1 at (0, 2) can be at most 7 − 1 − 1 = 5.
    const published = [
      [_, _, _, _],
      [_, _, 0, _],
      [0, 0, 0, 0],
      [19, _, _, 27],
      [32, _, _, 47],
    ];
    const highs = exactHighs(published, { threshold: 7, rounding: 1 }, true);
    expect(highs.cell[0]![2]).toBe(5);
    expect(highs.cell[0]![0]).toBe(12);
  });

  it('leaves nothing pinned once protectTable has done its work on that table', () => {
    const rules = { threshold: 7, rounding: 1 };
    const result = protectTable({ rows: ['a', 'b', 'c', 'd'], cols: ['x', 'y', 'z'], cells: [[9, 3, 1], [4, 3, 0], [0, 0, 0], [19, 4, 4]] }, rules);
    const published = [...result.cells.map((row, r) => [...row, result.rowTotals[r]!]), [...result.colTotals, result.grandTotal]].map((row) =>
      row.map((cell) => ('value' in cell ? cell.value : undefined)),
    );
    const highs = exactHighs(published, rules, true);
    for (const value of [...highs.cell.flat(), ...highs.line]) if (value !== undefined) expect(value).toBeGreaterThanOrEqual(7);
  });
});
