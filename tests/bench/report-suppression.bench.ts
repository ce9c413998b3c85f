/**
 * How much of the Community Intelligence Report disclosure control hides: the number of
 * suppressed values (cells and the totals a reader sees) in a year's report on the `demo`
 * and `large` forums, at the default rules (threshold 10, rounding 5) and the loosest
 * (threshold 5, no rounding). Built straight from the generated records (no IndexedDB),
 * so it runs in a second or two; the figures go in the README's report section.
 */
import { countryName } from '../../shared/codes/countries';
import { languageName } from '../../shared/codes/languages';
import { generateForum } from '../../shared/demo/generate';
import type { DatasetScale } from '../../shared/demo/dataset';
import type { CommunityReport } from '../../shared/report/build-report';
import { buildReport } from '../../shared/report/build-report';
import type { DisclosureRules } from '../../shared/report/disclosure';
import { isPublished } from '../../shared/report/disclosure';
import { yearEnding } from '../../shared/report/period';
import { DEFAULT_ISSUE_CATEGORIES } from '../../shared/schemas';
import { ms } from './measure';

/** Suppressed and shown values of every protected (not derived) table a reader sees. */
function suppressionOf(report: CommunityReport): { suppressed: number; values: number } {
  let suppressed = 0;
  let values = 0;
  for (const section of report.sections) {
    for (const entry of section.tables) {
      if (entry.derived) continue;
      const t = entry.table;
      // A one-column table shows no Total column (it would repeat each row).
      const rowTotals = entry.totals && t.cols.length > 1;
      const shown = [...t.cells.flat(), ...(rowTotals ? t.rowTotals : []), ...(entry.totals ? t.colTotals : []), ...(rowTotals ? [t.grandTotal] : [])];
      values += shown.length;
      suppressed += shown.filter((cell) => !isPublished(cell)).length;
    }
  }
  return { suppressed, values };
}

const period = yearEnding('2026-10');
const ruleSets: DisclosureRules[] = [
  { threshold: 10, rounding: 5 },
  { threshold: 5, rounding: 1 },
];
for (const scale of ['demo', 'large'] as DatasetScale[]) {
  const forum = generateForum({ seed: 1, scale });
  for (const rules of ruleSets) {
    const build = () => buildReport(forum, { period, rules, categories: DEFAULT_ISSUE_CATEGORIES, hourlyRate: 12.6, countryName, languageName });
    build(); // warm up
    const started = performance.now();
    const report = build();
    const took = performance.now() - started;
    const { suppressed, values } = suppressionOf(report);
    console.log(`${scale}, threshold ${rules.threshold}, rounding ${rules.rounding}: ${suppressed} of ${values} values suppressed (built in ${ms(took)})`);
  }
}
