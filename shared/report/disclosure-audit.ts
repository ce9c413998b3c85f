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
 * From these, disclosure-flow.ts works out exactly how high each hidden value, and the
 * hidden values of each line together, could be: every row, column, total and rounding
 * range at once (a flow problem, so exact for whole counts too).
 *
 * A table is weak where a reader can pin a hidden value, or the sum of the hidden values
 * of one line, to a range wholly within 1 to threshold − 1: the upper end of the range is
 * below the threshold (the lower end is always above 0).
 */
import type { DisclosureRules } from './disclosure';
import { exactHighs } from './disclosure-flow';

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

/**
 * The lines to strengthen, or undefined when the table is safe: the first line whose
 * hidden members a reader can pin below the threshold together, or else the lines
 * through the first hidden value a reader can pin below it on its own. The reader here is
 * the exact one (disclosure-flow.ts), which uses every row, column and total at once.
 */
export function findWeakLines(published: readonly (readonly (number | undefined)[])[], lines: readonly GridLine[], rules: DisclosureRules, whole: boolean): number[] | undefined {
  if (lines.length === 0 || published.length < 2 || published[0]!.length < 2) return undefined;
  const { threshold } = rules;
  const highs = exactHighs(published, rules, whole);
  for (let i = 0; i < lines.length; i += 1) {
    const high = highs.line[i];
    if (high !== undefined && high < threshold) return [i];
  }
  for (let r = 0; r < published.length; r += 1) {
    for (let c = 0; c < published[r]!.length; c += 1) {
      const high = highs.cell[r]![c];
      if (high === undefined || high >= threshold) continue;
      const through: number[] = [];
      lines.forEach((line, i) => {
        if (line.members.some((m) => m.r === r && m.c === c) || (line.total.r === r && line.total.c === c)) through.push(i);
      });
      return through;
    }
  }
  return undefined;
}
