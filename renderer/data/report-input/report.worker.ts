/**
 * The report worker: reads what a Community Intelligence Report needs straight from the
 * forum's IndexedDB (its own connection, one short read transaction per piece), opens the
 * records, builds and protects the report, and posts back only the finished report, which
 * holds aggregates and nothing personal. The screen stays responsive throughout, and says
 * how far it has got. Cancelling terminates the worker.
 */
import { buildReport } from '../../../shared/report/build-report';
import { reportWordsFromData } from '../../../shared/report/report-words-data';
import { SignpostDatabase } from '../../db/database';
import { displayNamesIn } from '../../i18n/display-names';
import { decoderFor } from './decode-records';
import { readReportInput } from './read-report-input';
import type { BuildReportMessage, ReportWorkerReply } from './report-worker-protocol';

const reply = (message: ReportWorkerReply) => postMessage(message);

/** Progress is posted when it moves by a percent or more, not for every piece. */
function progressPoster(): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    const percent = Math.floor(fraction * 100);
    if (percent <= last) return;
    last = percent;
    reply({ type: 'progress', fraction });
  };
}

async function build(message: BuildReportMessage): Promise<void> {
  const database = new SignpostDatabase(message.database);
  try {
    const progress = progressPoster();
    // Reading is most of the work; building and protecting the tables is the last few percent.
    const input = await readReportInput(database, { period: message.period, ...(message.clinic ? { clinicId: message.clinic.id } : {}) }, decoderFor(message.keys), (f) =>
      progress(f * 0.95),
    );
    const names = displayNamesIn(message.namesLocale);
    const report = buildReport(input, {
      period: message.period,
      ...(message.clinic ? { clinicId: message.clinic.id, clinicName: message.clinic.name } : {}),
      rules: message.rules,
      categories: message.categories,
      hourlyRate: message.hourlyRate,
      countryName: names.country,
      languageName: names.language,
      words: reportWordsFromData(message.words),
    });
    progress(1);
    reply({ type: 'built', report });
  } catch {
    reply({ type: 'failed' });
  } finally {
    database.close();
  }
}

addEventListener('message', (event: MessageEvent<BuildReportMessage>) => {
  if (event.data.type === 'build') void build(event.data);
});
