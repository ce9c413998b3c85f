import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountTable, DisclosureRules, ProtectedCell, ProtectedTable } from '../../../../shared/report/disclosure';
import {
  effectiveRules,
  isPublished,
  mergeSmallCategories,
  protectTable,
  roundForPublication,
} from '../../../../shared/report/disclosure';

const S = { suppressed: true } as const;
const v = (value: number): ProtectedCell => ({ value });
const RULES: DisclosureRules = { threshold: 10, rounding: 5 };

const table = (cells: number[][], rows?: string[], cols?: string[]): CountTable => ({
  rows: rows ?? cells.map((_, i) => `r${i}`),
  cols: cols ?? (cells[0] ?? []).map((_, j) => `c${j}`),
  cells,
});

describe('protectTable: exact cases', () => {
  it('suppresses a single small count and its totals', () => {
    expect(protectTable(table([[3]]), RULES)).toEqual({
      rows: ['r0'], cols: ['c0'], cells: [[S]], rowTotals: [S], colTotals: [S], grandTotal: S,
    });
  });

  it('publishes a true zero', () => {
    expect(protectTable(table([[0]]), RULES)).toEqual({
      rows: ['r0'], cols: ['c0'], cells: [[v(0)]], rowTotals: [v(0)], colTotals: [v(0)], grandTotal: v(0),
    });
  });

  it('rounds a large count to the nearest multiple of the base', () => {
    expect(protectTable(table([[12]]), RULES).cells).toEqual([[v(10)]]);
    expect(protectTable(table([[13]]), RULES).cells).toEqual([[v(15)]]);
    expect(protectTable(table([[17.5]]), RULES).cells).toEqual([[v(20)]]);
  });

  it('hides the smallest other row of a one-way table when one row is small', () => {
    expect(protectTable(table([[20], [3], [15]], ['A', 'B', 'C'], ['People']), RULES)).toEqual({
      rows: ['A', 'B', 'C'],
      cols: ['People'],
      cells: [[v(20)], [S], [S]],
      rowTotals: [v(20), S, S],
      colTotals: [v(40)],
      grandTotal: v(40),
    });
  });

  it('spreads secondary suppression across a two-way table until every line is safe', () => {
    expect(protectTable(table([[3, 20], [30, 40]]), RULES)).toEqual({
      rows: ['r0', 'r1'],
      cols: ['c0', 'c1'],
      cells: [[S, S], [S, S]],
      rowTotals: [v(25), v(70)],
      colTotals: [v(35), v(60)],
      grandTotal: v(95),
    });
  });

  it('does not choose a zero as the second suppression', () => {
    expect(protectTable(table([[0], [7], [30]]), RULES)).toEqual({
      rows: ['r0', 'r1', 'r2'],
      cols: ['c0'],
      cells: [[v(0)], [S], [S]],
      rowTotals: [v(0), S, S],
      colTotals: [v(35)],
      grandTotal: v(35),
    });
  });

  it('suppresses a total when the only other cells in its line are zeros', () => {
    expect(protectTable(table([[12, 0], [3, 0]]), RULES)).toEqual({
      rows: ['r0', 'r1'],
      cols: ['c0', 'c1'],
      cells: [[S, v(0)], [S, v(0)]],
      rowTotals: [S, S],
      colTotals: [v(15), v(0)],
      grandTotal: v(15),
    });
  });

  it('protects the totals row against the grand total', () => {
    // Column totals 3 (small) and 40: the 40 would give the 3 away from the grand total.
    const result = protectTable(table([[3, 40]]), RULES);
    expect(result.colTotals).toEqual([S, S]);
    expect(result.cells).toEqual([[S, S]]);
    expect(result.rowTotals).toEqual([v(45)]);
    expect(result.grandTotal).toEqual(v(45));
  });

  it('leaves a table of large counts and zeros alone, apart from rounding', () => {
    expect(protectTable(table([[10, 0], [24, 101]]), RULES)).toEqual({
      rows: ['r0', 'r1'],
      cols: ['c0', 'c1'],
      cells: [[v(10), v(0)], [v(25), v(100)]],
      rowTotals: [v(10), v(125)],
      colTotals: [v(35), v(100)],
      grandTotal: v(135),
    });
  });

  it('treats a threshold below 5 as 5 and a rounding below 1 as 1', () => {
    expect(effectiveRules({ threshold: 2, rounding: 0 })).toEqual({ threshold: 5, rounding: 1 });
    expect(effectiveRules({ threshold: Number.NaN, rounding: Number.NaN })).toEqual({ threshold: 5, rounding: 1 });
    expect(protectTable(table([[4]]), { threshold: 2, rounding: 1 }).cells).toEqual([[S]]);
    expect(protectTable(table([[7]]), { threshold: 5, rounding: 0 }).cells).toEqual([[v(7)]]);
  });

  it('never rounds a count at or above the threshold to below it', () => {
    expect(roundForPublication(10, { threshold: 10, rounding: 3 })).toBe(12);
    expect(roundForPublication(20, { threshold: 10, rounding: 100 })).toBe(100);
    expect(roundForPublication(0, { threshold: 10, rounding: 100 })).toBe(0);
    expect(roundForPublication(12, { threshold: 10, rounding: 5 })).toBe(10);
    expect(roundForPublication(12.5, { threshold: 10, rounding: 5 })).toBe(15);
  });

  it('keeps the order of rows and columns and handles an empty table', () => {
    const result = protectTable(table([[50, 60], [70, 80]], ['z', 'a'], ['y', 'b']), RULES);
    expect(result.rows).toEqual(['z', 'a']);
    expect(result.cols).toEqual(['y', 'b']);
    expect(protectTable({ rows: [], cols: ['People'], cells: [] }, RULES)).toEqual({
      rows: [], cols: ['People'], cells: [], rowTotals: [], colTotals: [v(0)], grandTotal: v(0),
    });
  });

  it('refuses a malformed table', () => {
    expect(() => protectTable({ rows: ['a'], cols: ['x'], cells: [] }, RULES)).toThrow(RangeError);
    expect(() => protectTable({ rows: ['a'], cols: ['x', 'y'], cells: [[1]] }, RULES)).toThrow(RangeError);
    expect(() => protectTable(table([[-1]]), RULES)).toThrow(RangeError);
    expect(() => protectTable(table([[Number.NaN]]), RULES)).toThrow(RangeError);
  });
});

describe('mergeSmallCategories: exact cases', () => {
  it('pools small rows into Other, largest first, Other last', () => {
    expect(mergeSmallCategories(table([[50], [3], [4], [20], [12]], ['A', 'B', 'C', 'D', 'E'], ['People']), RULES)).toEqual({
      rows: ['A', 'D', 'Other'], cols: ['People'], cells: [[50], [20], [19]],
    });
  });

  it('adds the smallest other category to a pool that is still small, instead of hiding both', () => {
    // 3 + 4 = 7 would be hidden, and the 20 with it; Other 27 shows what can be shown.
    expect(mergeSmallCategories(table([[50], [3], [4], [20]], ['A', 'B', 'C', 'D'], ['People']), RULES)).toEqual({
      rows: ['A', 'Other'], cols: ['People'], cells: [[50], [27]],
    });
    // A single small row joins the smallest other one, and the label can say who is in it.
    expect(
      mergeSmallCategories(table([[55], [40], [3]], ['Woman', 'Man', 'Another way'], ['People']), RULES, 'Another way', {
        poolLabel: (pooled) => pooled.join(' or '),
      }),
    ).toEqual({ rows: ['Woman', 'Man'], cols: ['People'], cells: [[55], [43]] });
  });

  it('adds to an existing Other row', () => {
    expect(mergeSmallCategories(table([[6], [50], [3]], ['Other', 'A', 'B'], ['People']), RULES)).toEqual({
      rows: ['A', 'Other'], cols: ['People'], cells: [[50], [9]],
    });
  });

  it('leaves a single small row alone when there is no Other to add it to', () => {
    expect(mergeSmallCategories(table([[3], [50]], ['B', 'A'], ['People']), RULES)).toEqual({
      rows: ['A', 'B'], cols: ['People'], cells: [[50], [3]],
    });
  });

  it('pools many small rows into a publishable Other, and keeps zeros', () => {
    expect(mergeSmallCategories(table([[4], [0], [4], [4], [30]], ['A', 'Z', 'B', 'C', 'D'], ['People']), RULES, 'Others')).toEqual({
      rows: ['D', 'Z', 'Others'], cols: ['People'], cells: [[30], [0], [12]],
    });
  });

  it('keeps a pooled Other that is still small (protection will hide it)', () => {
    const merged = mergeSmallCategories(table([[2], [3], [40]], ['A', 'B', 'C'], ['People']), RULES);
    expect(merged).toEqual({ rows: ['C', 'Other'], cols: ['People'], cells: [[40], [5]] });
    expect(protectTable(merged, RULES).cells).toEqual([[S], [S]]);
  });

  it('decides by row totals for several columns', () => {
    expect(mergeSmallCategories(table([[2, 2], [1, 3], [20, 5]], ['A', 'B', 'C'], ['x', 'y']), RULES)).toEqual({
      rows: ['C', 'Other'], cols: ['x', 'y'], cells: [[20, 5], [3, 5]],
    });
  });
});

// ---- Properties -------------------------------------------------------------------------

const count = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 12 }), weight: 5 },
  { arbitrary: fc.integer({ min: 0, max: 400 }), weight: 3 },
);
const small = fc.integer({ min: 0, max: 9 });

const grid = (nRows: fc.Arbitrary<number>, nCols: fc.Arbitrary<number>, value: fc.Arbitrary<number>) =>
  fc.tuple(nRows, nCols).chain(([r, c]) => fc.array(fc.array(value, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }).map((cells) => ({ cells, c })));

const tables: fc.Arbitrary<CountTable> = fc
  .oneof(
    { arbitrary: grid(fc.constant(1), fc.constant(1), count), weight: 1 },
    { arbitrary: grid(fc.constant(1), fc.integer({ min: 1, max: 8 }), count), weight: 2 },
    { arbitrary: grid(fc.integer({ min: 1, max: 10 }), fc.constant(1), count), weight: 3 },
    { arbitrary: grid(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.constant(0)), weight: 1 },
    { arbitrary: grid(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }), small), weight: 2 },
    { arbitrary: grid(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), count), weight: 6 },
  )
  .map(({ cells, c }) => table(cells, cells.map((_, i) => `row ${i}`), Array.from({ length: c }, (_, j) => `col ${j}`)));

const ruleSets: fc.Arbitrary<DisclosureRules> = fc.record({
  threshold: fc.integer({ min: -3, max: 25 }),
  rounding: fc.integer({ min: -1, max: 12 }),
});

interface Grid {
  raw: number[][];
  out: ProtectedCell[][];
}

/** Raw and protected values as one (rows + 1) x (cols + 1) grid, totals last. */
function extended(input: CountTable, result: ProtectedTable): Grid {
  const nR = input.rows.length;
  const nC = input.cols.length;
  const raw = Array.from({ length: nR + 1 }, () => new Array<number>(nC + 1).fill(0));
  input.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      raw[r]![c] = value;
      raw[r]![nC] = raw[r]![nC]! + value;
      raw[nR]![c] = raw[nR]![c]! + value;
      raw[nR]![nC] = raw[nR]![nC]! + value;
    }),
  );
  const out = [
    ...result.cells.map((row, r) => [...row, result.rowTotals[r]!]),
    [...result.colTotals, result.grandTotal],
  ];
  return { raw, out };
}

/** Every line (rows and columns of the extended grid) with its total last. */
function lines(g: Grid): ProtectedCell[][] {
  const nR = g.out.length - 1;
  const nC = (g.out[0]?.length ?? 1) - 1;
  const result: ProtectedCell[][] = [];
  if (nC > 0) for (let r = 0; r <= nR; r += 1) result.push(g.out[r]!);
  if (nR > 0) for (let c = 0; c <= nC; c += 1) result.push(g.out.map((row) => row[c]!));
  return result;
}

describe('protectTable: properties', () => {
  it('suppresses every small value, rounds every published one, and never leaves one suppression in a line with a published total', () => {
    fc.assert(
      fc.property(tables, ruleSets, (input, rules) => {
        const { threshold, rounding } = effectiveRules(rules);
        expect(threshold).toBeGreaterThanOrEqual(5);
        expect(rounding).toBeGreaterThanOrEqual(1);
        const result = protectTable(input, rules);
        expect(result.rows).toEqual(input.rows);
        expect(result.cols).toEqual(input.cols);
        expect(result.cells.length).toBe(input.rows.length);
        for (const row of result.cells) expect(row.length).toBe(input.cols.length);
        expect(result.rowTotals.length).toBe(input.rows.length);
        expect(result.colTotals.length).toBe(input.cols.length);

        const g = extended(input, result);
        const bump = Math.ceil(threshold / rounding) * rounding;
        g.raw.forEach((row, r) =>
          row.forEach((raw, c) => {
            const cell = g.out[r]![c]!;
            if (raw > 0 && raw < threshold) expect(isPublished(cell)).toBe(false);
            if (isPublished(cell)) {
              expect(cell.value % rounding).toBe(0);
              expect(cell.value === 0).toBe(raw === 0);
              if (cell.value > 0) expect(cell.value).toBeGreaterThanOrEqual(threshold);
              if (cell.value !== bump) expect(Math.abs(cell.value - raw)).toBeLessThanOrEqual(rounding / 2);
            }
          }),
        );

        for (const line of lines(g)) {
          const total = line[line.length - 1]!;
          if (!isPublished(total)) continue;
          const hidden = line.slice(0, -1).filter((cell) => !isPublished(cell)).length;
          expect(hidden).not.toBe(1);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('suppresses nothing when no value is small', () => {
    const large = fc.oneof(fc.constant(0), fc.integer({ min: 25, max: 500 }));
    fc.assert(
      fc.property(grid(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), large), ({ cells }) => {
        const result = protectTable(table(cells), { threshold: 25, rounding: 5 });
        const all = [...result.cells.flat(), ...result.rowTotals, ...result.colTotals, result.grandTotal];
        expect(all.every(isPublished)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('acts on a threshold below 5 exactly as on 5, and is deterministic', () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: -10, max: 5 }), fc.integer({ min: 1, max: 6 }), (input, low, rounding) => {
        const result = protectTable(input, { threshold: low, rounding });
        expect(result).toEqual(protectTable(input, { threshold: 5, rounding }));
        expect(result).toEqual(protectTable(input, { threshold: low, rounding }));
      }),
      { numRuns: 500 },
    );
  });

  it('publishes nothing but zeros in an all-small table', () => {
    fc.assert(
      fc.property(grid(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 4 })), ({ cells }) => {
        const result = protectTable(table(cells), { threshold: 5, rounding: 1 });
        result.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (isPublished(cell)) expect(cell.value).toBe(0);
            else expect(cells[r]![c]).toBeGreaterThan(0);
          }),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('mergeSmallCategories: properties', () => {
  const oneWayTables = fc
    .array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'Other'), count), { minLength: 0, maxLength: 12 })
    .map((pairs) => {
      const unique = [...new Map(pairs).entries()];
      return table(unique.map(([, n]) => [n]), unique.map(([label]) => label), ['People']);
    });

  it('keeps the total, puts Other last, orders by count and pools small rows when that can help', () => {
    fc.assert(
      fc.property(oneWayTables, ruleSets, (input, rules) => {
        const { threshold } = effectiveRules(rules);
        const merged = mergeSmallCategories(input, rules);
        const sum = (t: CountTable) => t.cells.reduce((a, row) => a + row[0]!, 0);
        expect(sum(merged)).toBe(sum(input));
        expect(new Set(merged.rows).size).toBe(merged.rows.length);
        const otherAt = merged.rows.indexOf('Other');
        if (otherAt >= 0) expect(otherAt).toBe(merged.rows.length - 1);
        const regular = merged.cells.filter((_, i) => merged.rows[i] !== 'Other').map((row) => row[0]!);
        for (let i = 1; i < regular.length; i += 1) expect(regular[i]!).toBeLessThanOrEqual(regular[i - 1]!);
        for (const label of merged.rows) expect(input.rows.includes(label) || label === 'Other').toBe(true);

        const smallIn = input.rows.filter((label, i) => label !== 'Other' && input.cells[i]![0]! > 0 && input.cells[i]![0]! < threshold);
        const smallOut = merged.rows.filter((label, i) => label !== 'Other' && merged.cells[i]![0]! > 0 && merged.cells[i]![0]! < threshold);
        const largeIn = input.rows.filter((label, i) => label !== 'Other' && input.cells[i]![0]! >= threshold);
        if (smallIn.length >= 2 || (smallIn.length === 1 && (input.rows.includes('Other') || largeIn.length >= 2))) expect(smallOut).toEqual([]);
        else expect(smallOut).toEqual(smallIn);
        // A pool left small means nothing more could join it: at most one category besides.
        const other = merged.cells[otherAt]?.[0];
        if (other !== undefined && other > 0 && other < threshold) expect(regular.filter((n) => n > 0).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });
});
