/** The arithmetic of the report's charts (ReportCharts.tsx): axis ticks, points, runs of published values. */

/** Whole-number ticks from 0 to at least `max`, about five of them, in steps of 1, 2 or 5 times a power of ten. */
export function axisTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step; tick += step) ticks.push(tick);
  return ticks;
}

/** `count` points spread evenly from `from` to `to`, each in the middle of its share. */
export function pointsOf(count: number, from: number, to: number): number[] {
  const share = (to - from) / Math.max(1, count);
  return Array.from({ length: count }, (_, i) => from + share * (i + 0.5));
}

/** The indexes of each run of published values (a hidden value, null, is a gap in the line). */
export function segments(values: readonly (number | null)[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  values.forEach((value, i) => {
    if (value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(i);
  });
  if (run.length > 0) runs.push(run);
  return runs;
}
