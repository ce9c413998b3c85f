/**
 * Statistical disclosure control for the community report: the rules that make sure no
 * person can be picked out, or a small count worked out, from any table that leaves the
 * machine.
 *
 * The method, applied by `protectTable` to a table of raw counts:
 *
 * 1. Rules are clamped: the threshold is never below 5 (a rule of 3 acts as 5) and is
 *    a whole number; the rounding base is a whole number and at least 1.
 *
 * 2. Totals. Every row total, column total and the grand total is computed from the raw
 *    counts (never summed from rounded cells). The table is treated as a grid with one
 *    extra column (row totals) and one extra row (column totals, with the grand total in
 *    the corner), and all of that grid is protected together.
 *
 * 3. Primary suppression. Any value (cell or total) whose raw count is above 0 and below
 *    the threshold is suppressed. A true zero is published as 0: saying "nobody" about a
 *    group is not a disclosure about a person, and it is standard practice (ONS, NHS).
 *
 * 4. Secondary suppression. A suppressed value must not be recoverable by subtraction.
 *    A "line" is a row or a column of the grid together with its total; the totals row
 *    and the totals column are lines too (their total is the grand total). For every line
 *    whose total is published, the number of suppressed values in it must be 0 or at
 *    least 2 (zeros count as published). Where a line has exactly one, another value in
 *    that line is suppressed: the smallest published non-zero one (ties broken in favour
 *    of a value whose crossing line already has a suppression, then by position). If the
 *    line has no such value (all the others are zero), its total is suppressed instead.
 *    Each new suppression can break another line, so this repeats until nothing changes;
 *    it always ends because every step suppresses one more of finitely many values.
 *
 * 5. Rounding. Every published value is rounded to the nearest multiple of the rounding
 *    base (halves round up). Rounding is defence in depth on top of suppression: it also
 *    blurs differences between overlapping tables. A non-zero count is never published
 *    as 0 or as a number below the threshold: if rounding would take it there, the
 *    smallest multiple of the base that is at least the threshold is shown instead.
 *
 * Rows and columns keep their order. Inputs must be non-negative finite numbers (whole
 * counts, or hours, which are treated exactly like counts).
 *
 * `mergeSmallCategories` is a step before protection for one-way breakdowns (nationality,
 * language...): small categories are pooled into an "Other" row so that their total can
 * be shown instead of several blanks.
 */

export interface CountTable {
  rows: string[];
  cols: string[];
  /** Raw counts, `cells[row][col]`; a one-way breakdown has a single column. */
  cells: number[][];
}

export interface DisclosureRules {
  /** Counts above 0 and below this are suppressed; never below 5. */
  threshold: number;
  /** Published values are multiples of this; at least 1. */
  rounding: number;
}

export type ProtectedCell = { value: number } | { suppressed: true };

export interface ProtectedTable {
  rows: string[];
  cols: string[];
  cells: ProtectedCell[][];
  rowTotals: ProtectedCell[];
  colTotals: ProtectedCell[];
  grandTotal: ProtectedCell;
}

/** The lowest threshold any rule can set. */
export const MIN_THRESHOLD = 5;

/** The rules as actually applied: threshold a whole number ≥ 5, rounding a whole number ≥ 1. */
export function effectiveRules(rules: DisclosureRules): DisclosureRules {
  const threshold = Number.isFinite(rules.threshold) ? Math.max(MIN_THRESHOLD, Math.ceil(rules.threshold)) : MIN_THRESHOLD;
  const rounding = Number.isFinite(rules.rounding) ? Math.max(1, Math.round(rules.rounding)) : 1;
  return { threshold, rounding };
}

export const SUPPRESSED: ProtectedCell = Object.freeze({ suppressed: true as const });

export function isPublished(cell: ProtectedCell): cell is { value: number } {
  return 'value' in cell;
}

/** The published value, or undefined when suppressed. */
export function publishedValue(cell: ProtectedCell): number | undefined {
  return isPublished(cell) ? cell.value : undefined;
}

/**
 * The value shown for a raw count that is not suppressed: the nearest multiple of the
 * base, but never 0 or below the threshold for a count above 0.
 */
export function roundForPublication(raw: number, rules: DisclosureRules): number {
  const { threshold, rounding } = effectiveRules(rules);
  if (raw === 0) return 0;
  const rounded = Math.round(raw / rounding) * rounding;
  return rounded >= threshold ? rounded : Math.ceil(threshold / rounding) * rounding;
}

function checkTable(table: CountTable): void {
  if (table.cells.length !== table.rows.length) {
    throw new RangeError(`The table has ${table.rows.length} row labels but ${table.cells.length} rows of counts`);
  }
  for (const row of table.cells) {
    if (row.length !== table.cols.length) {
      throw new RangeError(`A row has ${row.length} counts for ${table.cols.length} columns`);
    }
    for (const value of row) {
      if (!Number.isFinite(value) || value < 0) throw new RangeError(`Counts must be non-negative numbers, not ${value}`);
    }
  }
}

interface Position {
  r: number;
  c: number;
}

interface Line {
  members: Position[];
  total: Position;
  /** For each member, the other line through it (to prefer suppressions that close two lines). */
  crossing: 'row' | 'col';
}

export function protectTable(table: CountTable, rules: DisclosureRules): ProtectedTable {
  checkTable(table);
  const effective = effectiveRules(rules);
  const { threshold } = effective;
  const nRows = table.rows.length;
  const nCols = table.cols.length;

  // The extended grid: (nRows + 1) x (nCols + 1), totals in the last row and column.
  const raw: number[][] = [];
  for (let r = 0; r <= nRows; r += 1) raw.push(new Array<number>(nCols + 1).fill(0));
  const at = (p: Position): number => raw[p.r]![p.c]!;
  for (let r = 0; r < nRows; r += 1) {
    for (let c = 0; c < nCols; c += 1) {
      const value = table.cells[r]![c]!;
      raw[r]![c] = value;
      raw[r]![nCols] = raw[r]![nCols]! + value;
      raw[nRows]![c] = raw[nRows]![c]! + value;
      raw[nRows]![nCols] = raw[nRows]![nCols]! + value;
    }
  }

  // Primary suppression.
  const suppressed: boolean[][] = raw.map((row) => row.map((value) => value > 0 && value < threshold));
  const isSuppressed = (p: Position): boolean => suppressed[p.r]![p.c]!;

  // Every row and column of the extended grid is a line, with its total at the end.
  const lines: Line[] = [];
  for (let r = 0; r <= nRows; r += 1) {
    if (nCols === 0) continue;
    lines.push({ members: Array.from({ length: nCols }, (_, c) => ({ r, c })), total: { r, c: nCols }, crossing: 'col' });
  }
  for (let c = 0; c <= nCols; c += 1) {
    if (nRows === 0) continue;
    lines.push({ members: Array.from({ length: nRows }, (_, r) => ({ r, c })), total: { r: nRows, c }, crossing: 'row' });
  }

  // Does the other line through this member already hold a suppressed value?
  const crossingHasSuppression = (p: Position, crossing: 'row' | 'col'): boolean => {
    if (crossing === 'col') {
      for (let r = 0; r <= nRows; r += 1) if (r !== p.r && suppressed[r]![p.c]) return true;
    } else {
      for (let c = 0; c <= nCols; c += 1) if (c !== p.c && suppressed[p.r]![c]) return true;
    }
    return false;
  };

  // Secondary suppression, repeated until every line with a published total is safe.
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (isSuppressed(line.total)) continue;
      let count = 0;
      for (const m of line.members) if (isSuppressed(m)) count += 1;
      if (count !== 1) continue;
      let best: Position | undefined;
      let bestValue = Infinity;
      let bestCrossing = false;
      for (const m of line.members) {
        const value = at(m);
        if (isSuppressed(m) || value === 0) continue;
        const crossing = crossingHasSuppression(m, line.crossing);
        if (value < bestValue || (value === bestValue && crossing && !bestCrossing)) {
          best = m;
          bestValue = value;
          bestCrossing = crossing;
        }
      }
      const target = best ?? line.total;
      suppressed[target.r]![target.c] = true;
      changed = true;
    }
  }

  const publish = (p: Position): ProtectedCell =>
    isSuppressed(p) ? { suppressed: true } : { value: roundForPublication(at(p), effective) };

  return {
    rows: [...table.rows],
    cols: [...table.cols],
    cells: Array.from({ length: nRows }, (_, r) => Array.from({ length: nCols }, (_, c) => publish({ r, c }))),
    rowTotals: Array.from({ length: nRows }, (_, r) => publish({ r, c: nCols })),
    colTotals: Array.from({ length: nCols }, (_, c) => publish({ r: nRows, c })),
    grandTotal: publish({ r: nRows, c: nCols }),
  };
}

/**
 * Pools small categories of a one-way breakdown into an "Other" row, before protection.
 *
 * A row is small when its count is above 0 and below the threshold (for a table with
 * several columns, its row total decides). Small rows are merged into `otherLabel` (added
 * to an existing row of that name) when that can only help: when there are at least two
 * small rows, or one small row and an existing Other row. A single small row with no
 * Other row is left alone, since renaming it would show nothing more. If the pooled
 * Other is still below the threshold it stays, and protection will suppress it.
 *
 * Rows come out by count, largest first (ties keep their input order), Other last.
 * Zero rows are kept (a true zero is published).
 */
export function mergeSmallCategories(table: CountTable, rules: DisclosureRules, otherLabel = 'Other'): CountTable {
  checkTable(table);
  const { threshold } = effectiveRules(rules);
  const nCols = table.cols.length;
  const sum = (cells: readonly number[]): number => cells.reduce((a, b) => a + b, 0);

  const others: number[][] = [];
  const regular: { label: string; cells: number[]; total: number; index: number }[] = [];
  table.rows.forEach((label, index) => {
    const cells = table.cells[index]!;
    if (label === otherLabel) others.push(cells);
    else regular.push({ label, cells: [...cells], total: sum(cells), index });
  });

  const small = regular.filter((row) => row.total > 0 && row.total < threshold);
  const merge = small.length >= 2 || (small.length >= 1 && others.length > 0);
  const kept = merge ? regular.filter((row) => !(row.total > 0 && row.total < threshold)) : regular;
  const pooled = merge ? [...others, ...small.map((row) => row.cells)] : others;

  kept.sort((a, b) => b.total - a.total || a.index - b.index);
  const rows = kept.map((row) => row.label);
  const cells = kept.map((row) => row.cells);
  if (pooled.length > 0) {
    rows.push(otherLabel);
    cells.push(Array.from({ length: nCols }, (_, c) => pooled.reduce((total, row) => total + row[c]!, 0)));
  }
  return { rows, cols: [...table.cols], cells };
}
