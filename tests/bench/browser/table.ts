/** The one table the benchmark prints: each figure, its budget and its ratio to a raw IndexedDB read. */

export interface Figure {
  what: string;
  /** The measured value in words ("412 ms", "1.9 MB"), or why it could not be measured. */
  measured: string;
  budget: string;
  /** measured ÷ a raw getAll of the same records, when the figure has one. */
  ratio?: number;
  /** The raw read it is compared with, for the notes under the table. */
  reference?: string;
}

export const ms = (value: number): string => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);
export const kb = (bytes: number): string => `${Math.round(bytes / 1000)} kB`;

export function formatTable(figures: readonly Figure[]): string {
  const rows = [['figure', 'measured', 'budget', '× raw read'], ...figures.map((f) => [f.what, f.measured, f.budget, f.ratio === undefined ? '—' : `${f.ratio.toFixed(1)}×`])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
