/**
 * A year's Community Intelligence Report on the `large` forum: the time to build it
 * (read through the repositories, then aggregate and protect), beside the time to read
 * the same records straight from IndexedDB in the same run. Target: no more than twice
 * the raw read. IndexedDB here is fake-indexeddb in Node, for both figures alike.
 */
import { generateForum } from '../../shared/demo/generate';
import { buildReport } from '../../shared/report/build-report';
import { yearEnding } from '../../shared/report/period';
import { loadReportInput, readReportRecords } from '../../renderer/data/commands/report';
import { reportOptions, storeForum } from '../fixtures/stored-forum';
import { ms } from './measure';

const forum = generateForum({ seed: 1, scale: 'large' });
const started = performance.now();
await storeForum('bench-report', forum);
console.log(`loaded the large forum into IndexedDB in ${ms(performance.now() - started)}`);

const period = yearEnding('2026-10');

async function rawRead(): Promise<number> {
  const t = performance.now();
  await readReportRecords(period);
  return performance.now() - t;
}

async function report(): Promise<{ read: number; build: number }> {
  const t = performance.now();
  const input = await loadReportInput(period);
  const read = performance.now() - t;
  buildReport(input, reportOptions(period, { threshold: 10, rounding: 5 }));
  return { read, build: performance.now() - t - read };
}

await rawRead(); // warm up
const raws: number[] = [];
const reports: { read: number; build: number }[] = [];
for (let i = 0; i < 3; i += 1) {
  raws.push(await rawRead());
  reports.push(await report());
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const raw = median(raws);
const total = median(reports.map((r) => r.read + r.build));
console.log(`period: ${period.from} to ${period.to}; ${forum.appointments.length.toLocaleString('en-GB')} appointments, ${forum.adviceEntries.length.toLocaleString('en-GB')} advice entries in the forum`);
console.log(`raw read from IndexedDB (reference): median ${ms(raw)}`);
console.log(`report: median ${ms(total)} (read and check ${ms(median(reports.map((r) => r.read)))}, aggregate and protect ${ms(median(reports.map((r) => r.build)))})`);
console.log(`ratio, report ÷ raw read: ${(total / raw).toFixed(2)}× (target: at most 2×)`);
