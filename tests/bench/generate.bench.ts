/**
 * How long the synthetic forum takes to generate, and how big it is. Reference: the
 * `demo` scale in the same run, so the ratio shows how generation scales with size.
 */
import { generateForum } from '../../shared/demo/generate';
import { heapMb, ms, time } from './measure';

function countRecords(dataset: ReturnType<typeof generateForum>): Record<string, number> {
  return Object.fromEntries(Object.entries(dataset).map(([table, rows]) => [table, Array.isArray(rows) ? rows.length : 0]));
}

const heapBefore = heapMb();
const demo = time(() => generateForum({ seed: 1, scale: 'demo' }));
const large = time(() => generateForum({ seed: 1, scale: 'large' }));
const heapAfter = heapMb();

const demoCounts = countRecords(demo.result);
const largeCounts = countRecords(large.result);
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

console.log(`demo  (reference): ${total(demoCounts).toLocaleString('en-GB')} records in ${ms(demo.ms)}`);
console.log(`large            : ${total(largeCounts).toLocaleString('en-GB')} records in ${ms(large.ms)}`);
for (const [table, count] of Object.entries(largeCounts)) console.log(`  ${table.padEnd(14)} ${count.toLocaleString('en-GB')}`);
const perRecordRatio = large.ms / total(largeCounts) / (demo.ms / total(demoCounts));
console.log(`time per record, large ÷ demo: ${perRecordRatio.toFixed(2)}×`);
console.log(`heap held by both datasets: ${(heapAfter - heapBefore).toFixed(0)} MB`);
