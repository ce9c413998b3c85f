/**
 * The reader's side of disclosure control: what someone holding a published table can
 * work out about the values it hides. `protectTable` runs this audit on its own output and
 * suppresses more until it finds nothing to report.
 *
 * The reader knows the rules and sees every published value, zero and total. From them:
 *
 * - A published 0 is exactly 0. A published v > 0 is a count of at least the threshold
 *   that rounds to v: within rounding/2 of v (for whole counts, the whole numbers that
 *   round to v), or anything from the threshold up when v is the first multiple of the
 *   base at or above the threshold (a count that would round below it is raised to it).
 * - A hidden value is above 0 (a true zero is always published); for whole counts, at
 *   least 1. It has no upper limit of its own.
 * - In every line (a row or a column, with its total) the values add up to the total.
 *
 * Ranges are narrowed line by line (the sum of a line's other values bounds each value,
 * and the values bound the total) until nothing changes: interval propagation, which
 * finds everything one line gives away and what chains of lines give away together.
 * It is not a full linear-programming attack (which can, in rare patterns of hidden cells,
 * narrow a range further by adding several lines at once); the rule in protectTable that
 * every line's hidden values add up to enough on their own is the margin for that.
 *
 * A table is weak where a reader can pin a hidden value, or the sum of the hidden values
 * of one line, to a range wholly within 1 to threshold − 1: the upper end of the range is
 * below the threshold (the lower end is always above 0).
 */
import type { DisclosureRules } from './disclosure';

export interface Position {
  r: number;
  c: number;
}

/** A row or column of the table extended with totals, its total last. */
export interface GridLine {
  members: Position[];
  total: Position;
}

export interface Range {
  lo: number;
  hi: number;
}

/** The range of true values a reader deduces from a published value alone. */
export function publishedRange(value: number, rules: DisclosureRules, whole: boolean): Range {
  const { threshold, rounding } = rules;
  if (value === 0) return { lo: 0, hi: 0 };
  const raisedTo = Math.ceil(threshold / rounding) * rounding;
  const half = rounding / 2;
  if (whole) {
    const lo = value === raisedTo ? threshold : Math.max(threshold, Math.ceil(value - half));
    return { lo, hi: Math.ceil(value + half) - 1 };
  }
  return { lo: value === raisedTo ? threshold : Math.max(threshold, value - half), hi: value + half };
}

const EPSILON = 1e-9;
const MAX_PASSES = 10_000;

/** Sum of upper ends, where any infinite one makes it infinite (and leaving one out may not). */
class UpperSum {
  private finite = 0;
  private infinite = 0;
  add(hi: number): void {
    if (hi === Infinity) this.infinite += 1;
    else this.finite += hi;
  }
  /** The sum without one value whose upper end is `hi`. */
  without(hi: number): number {
    const infinite = this.infinite - (hi === Infinity ? 1 : 0);
    return infinite > 0 ? Infinity : this.finite - (hi === Infinity ? 0 : hi);
  }
  get total(): number {
    return this.infinite > 0 ? Infinity : this.finite;
  }
}

/**
 * The range a reader can deduce for every value of the extended grid. `published[r][c]`
 * is the published value, or undefined where hidden.
 */
export function deduceRanges(published: readonly (readonly (number | undefined)[])[], lines: readonly GridLine[], rules: DisclosureRules, whole: boolean): Range[][] {
  const ranges: Range[][] = published.map((row) =>
    row.map((value) => (value === undefined ? { lo: whole ? 1 : 0, hi: Infinity } : publishedRange(value, rules, whole))),
  );
  let changed = false;
  const narrow = (p: Position, lo: number, hi: number): void => {
    const range = ranges[p.r]![p.c]!;
    const newLo = whole ? Math.ceil(lo - EPSILON) : lo;
    const newHi = whole ? Math.floor(hi + EPSILON) : hi;
    if (newLo > range.lo + EPSILON) {
      range.lo = newLo;
      changed = true;
    }
    if (newHi < range.hi - EPSILON) {
      range.hi = newHi;
      changed = true;
    }
  };
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    changed = false;
    for (const line of lines) {
      let lows = 0;
      const highs = new UpperSum();
      for (const m of line.members) {
        lows += ranges[m.r]![m.c]!.lo;
        highs.add(ranges[m.r]![m.c]!.hi);
      }
      narrow(line.total, lows, highs.total);
      const total = ranges[line.total.r]![line.total.c]!;
      for (const m of line.members) {
        const own = ranges[m.r]![m.c]!;
        narrow(m, total.lo - highs.without(own.hi), total.hi - (lows - own.lo));
      }
    }
    if (!changed) break;
  }
  return ranges;
}

/** The highest value a reader can allow for the sum of a line's hidden members. */
export function hiddenSumHigh(line: GridLine, published: readonly (readonly (number | undefined)[])[], ranges: readonly (readonly Range[])[]): number {
  const hidden = new UpperSum();
  let publishedLows = 0;
  for (const m of line.members) {
    if (published[m.r]![m.c] === undefined) hidden.add(ranges[m.r]![m.c]!.hi);
    else publishedLows += ranges[m.r]![m.c]!.lo;
  }
  return Math.min(hidden.total, ranges[line.total.r]![line.total.c]!.hi - publishedLows);
}

/**
 * The lines to strengthen, or undefined when the table is safe: the first line whose
 * hidden members a reader can pin below the threshold together, or else the lines
 * through the first hidden value a reader can pin below it on its own.
 */
export function findWeakLines(published: readonly (readonly (number | undefined)[])[], lines: readonly GridLine[], rules: DisclosureRules, whole: boolean): number[] | undefined {
  const ranges = deduceRanges(published, lines, rules, whole);
  const { threshold } = rules;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (!line.members.some((m) => published[m.r]![m.c] === undefined)) continue;
    if (hiddenSumHigh(line, published, ranges) < threshold) return [i];
  }
  for (let r = 0; r < published.length; r += 1) {
    for (let c = 0; c < published[r]!.length; c += 1) {
      if (published[r]![c] !== undefined || ranges[r]![c]!.hi >= threshold) continue;
      const through: number[] = [];
      lines.forEach((line, i) => {
        if (line.members.some((m) => m.r === r && m.c === c) || (line.total.r === r && line.total.c === c)) through.push(i);
      });
      return through;
    }
  }
  return undefined;
}
