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
 * 4. Secondary suppression. Neither a hidden value nor the hidden values of one line
 *    together may be worked out to lie within 1 to threshold − 1 (issue 16). A "line" is
 *    a row or a column of the grid together with its total; the totals row and the totals
 *    column are lines too (their total is the grand total).
 *    a. The rule for each line with a published total: its hidden values are none, or at
 *       least two that add up to at least threshold + (number hidden − 1), so that the
 *       hidden sum, and each hidden value, could reach the threshold. A weak line gets
 *       one more hidden value: one that is enough on its own (preferring one whose
 *       crossing line already hides something, then the smallest), else the largest.
 *       With no published non-zero member left (the others are zeros, or it has two
 *       small cells), its total is hidden instead. Lines are swept until none is weak.
 *    b. The audit (disclosure-audit.ts, disclosure-flow.ts): the table is read as an
 *       intruder would, with every line, total and rounding range at once (exactly, as a
 *       flow problem), and a line that still gives something away gets another hidden
 *       value the same way; then back to a.
 *    Every step hides one more of finitely many values, so this ends.
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

import type { GridLine, Position } from './disclosure-audit';
import { findWeakLines } from './disclosure-audit';

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

interface Line extends GridLine {
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
  const whole = raw.every((row) => row.every(Number.isInteger));

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

  /** A line with a published total whose hidden members are one alone, or too small together. */
  const structurallyWeak = (line: Line): boolean => {
    if (isSuppressed(line.total)) return false;
    let count = 0;
    let sum = 0;
    for (const m of line.members) {
      if (!isSuppressed(m)) continue;
      count += 1;
      sum += at(m);
    }
    return count === 1 || (count > 1 && sum < threshold + count - 1);
  };

  const publishedGrid = (): (number | undefined)[][] =>
    raw.map((row, r) => row.map((value, c) => (suppressed[r]![c] ? undefined : roundForPublication(value, effective))));

  // Secondary suppression. First the rule every line must meet on its own, line after
  // line (each fix can weaken a line already passed, so the passes repeat); then the
  // reader's audit across lines, one fix at a time, and the rule again. Every step
  // suppresses one more value, so this ends.
  for (;;) {
    let changed = true;
    while (changed) {
      changed = false;
      for (const line of lines) {
        if (!structurallyWeak(line)) continue;
        const target = complementFor([line]);
        suppressed[target.r]![target.c] = true;
        changed = true;
      }
    }
    const weak = findWeakLines(publishedGrid(), lines, effective, whole);
    if (weak === undefined) break;
    const target = complementFor(weak.map((i) => lines[i]!));
    suppressed[target.r]![target.c] = true;
  }

  /**
   * The value to suppress next for these weak lines. Within a line: one that brings the
   * hidden sum to at least the threshold (and one more for each further hidden value, so
   * that each could still be the threshold), preferring one whose crossing line already
   * hides something, then the smallest; if none is enough, the largest. A line with no
   * published non-zero member loses its total. If that is hidden too, what gives the line
   * away comes through the total, so the next value is taken from the lines through it.
   */
  function complementFor(weakLines: readonly Line[]): Position {
    let best: { p: Position; enough: boolean; closes: boolean; value: number } | undefined;
    const better = (a: NonNullable<typeof best>, b: NonNullable<typeof best>): boolean => {
      if (a.enough !== b.enough) return a.enough;
      if (!a.enough) return a.value > b.value;
      if (a.closes !== b.closes) return a.closes;
      return a.value < b.value;
    };
    for (const line of weakLines) {
      let count = 0;
      let sum = 0;
      for (const m of line.members) {
        if (isSuppressed(m)) {
          count += 1;
          sum += at(m);
        }
      }
      for (const m of line.members) {
        const value = at(m);
        if (isSuppressed(m) || value === 0) continue;
        const candidate = { p: m, enough: sum + value >= threshold + count, closes: crossingHasSuppression(m, line.crossing), value };
        if (best === undefined || better(candidate, best)) best = candidate;
      }
    }
    if (best) return best.p;
    for (const line of weakLines) if (!isSuppressed(line.total)) return line.total;
    const throughTotals = lines.filter((line) =>
      weakLines.some((weak) => line !== weak && (line.members.some((m) => m.r === weak.total.r && m.c === weak.total.c) || (line.total.r === weak.total.r && line.total.c === weak.total.c))),
    );
    const next = throughTotals.flatMap((line) => [...line.members, line.total]).filter((p) => !isSuppressed(p) && at(p) > 0);
    if (next.length > 0) return next.reduce((a, b) => (at(b) < at(a) ? b : a));
    // Nothing near: hide the smallest published non-zero value anywhere (a last resort
    // that cannot loop: with every non-zero value hidden, nothing bounds them from above).
    let smallest: Position | undefined;
    raw.forEach((row, r) =>
      row.forEach((value, c) => {
        if (!suppressed[r]![c] && value > 0 && (smallest === undefined || value < at(smallest))) smallest = { r, c };
      }),
    );
    if (smallest === undefined) throw new Error('Disclosure control found a weak line with nothing left to hide');
    return smallest;
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

export interface MergeOptions {
  /** The label of the pool, given the categories that went into it; `otherLabel` unless given. */
  poolLabel?: (pooled: string[]) => string;
}

/**
 * Pools small categories of a one-way breakdown into an "Other" row, before protection.
 *
 * A row is small when its count is above 0 and below the threshold (for a table with
 * several columns, its row total decides). Small rows are merged into `otherLabel` (added
 * to an existing row of that name). If the pool is then still small (or a single small row
 * has nothing to join), the smallest remaining category joins it too, and so on while the
 * pool is small and at least two categories would remain besides it: protection would
 * otherwise hide that category anyway (so that the small one cannot be worked out from
 * the total), and a merged "Other" says more than two hidden rows. A table of one small
 * row and one other is left as it is (hiding both says as much as merging).
 *
 * Rows come out by count, largest first (ties keep their input order), Other last.
 * Zero rows are kept (a true zero is published).
 */
export function mergeSmallCategories(table: CountTable, rules: DisclosureRules, otherLabel = 'Other', options: MergeOptions = {}): CountTable {
  checkTable(table);
  const { threshold } = effectiveRules(rules);
  const nCols = table.cols.length;
  const sum = (cells: readonly number[]): number => cells.reduce((a, b) => a + b, 0);
  const isSmall = (total: number): boolean => total > 0 && total < threshold;

  const others: number[][] = [];
  const regular: { label: string; cells: number[]; total: number; index: number }[] = [];
  table.rows.forEach((label, index) => {
    const cells = table.cells[index]!;
    if (label === otherLabel) others.push(cells);
    else regular.push({ label, cells: [...cells], total: sum(cells), index });
  });

  const small = regular.filter((row) => isSmall(row.total));
  const pooled = [...others, ...small.map((row) => row.cells)];
  let kept = regular.filter((row) => !isSmall(row.total));
  kept.sort((a, b) => b.total - a.total || a.index - b.index);
  const absorbed: string[] = [];
  const poolTotal = (): number => pooled.reduce((total, cells) => total + sum(cells), 0);
  while (pooled.length > 0 && isSmall(poolTotal()) && kept.filter((row) => row.total > 0).length >= 2) {
    // The smallest non-zero category: the one secondary suppression would hide.
    const at = kept.findLastIndex((row) => row.total > 0);
    absorbed.unshift(kept[at]!.label);
    pooled.push(kept[at]!.cells);
    kept = kept.filter((_, i) => i !== at);
  }
  // A single small row that nothing joined keeps its own name: renaming it shows nothing more.
  if (others.length === 0 && small.length === 1 && absorbed.length === 0) {
    kept.push(small[0]!);
    kept.sort((a, b) => b.total - a.total || a.index - b.index);
    pooled.length = 0;
  }

  const rows = kept.map((row) => row.label);
  const cells = kept.map((row) => row.cells);
  if (pooled.length > 0) {
    rows.push(options.poolLabel ? options.poolLabel([...small.map((row) => row.label), ...absorbed]) : otherLabel);
    cells.push(Array.from({ length: nCols }, (_, c) => pooled.reduce((total, row) => total + row[c]!, 0)));
  }
  return { rows, cols: [...table.cols], cells };
}
