/**
 * What the report worker does with a build message (report.worker.ts only wires it to the
 * worker's messages): check the role it was sent, read the period's records from its own
 * connection, build and protect the report, and reply with the report alone. Apart from
 * the worker so a test can run it with its own database and see every reply.
 */
import { buildReport } from '../../../shared/report/build-report';
import { reportWordsFromData } from '../../../shared/report/report-words-data';
import { SignpostDatabase } from '../../db/database';
import { displayNamesIn } from '../../i18n/display-names';
import { decoderFor } from './decode-records';
import { readReportInput, ReportNotForRoleError, type FactsUse } from './read-report-input';
import type { BuildReportMessage, ReportWorkerReply, WarmFactsMessage } from './report-worker-protocol';

/** Progress is posted when it moves by a percent or more, not for every piece. */
function progressPoster(reply: (message: ReportWorkerReply) => void): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    const percent = Math.floor(fraction * 100);
    if (percent <= last) return;
    last = percent;
    reply({ type: 'progress', fraction });
  };
}

type OpenDatabase = (name: string) => SignpostDatabase;
const openByName: OpenDatabase = (name) => new SignpostDatabase(name);

/**
 * The frame every message is handled in: the database opened for it alone, a refusal (a
 * role without report.build) or a failure replied, never the error's text, which could
 * quote a record, and the connection closed whatever happened.
 */
async function withReportDatabase(
  name: string,
  reply: (message: ReportWorkerReply) => void,
  openDatabase: OpenDatabase,
  work: (database: SignpostDatabase) => Promise<void>,
): Promise<void> {
  const database = openDatabase(name);
  try {
    await work(database);
  } catch (error) {
    reply(error instanceof ReportNotForRoleError ? { type: 'refused' } : { type: 'failed' });
  } finally {
    database.close();
  }
}

export async function buildFromMessage(message: BuildReportMessage, reply: (message: ReportWorkerReply) => void, openDatabase: OpenDatabase = openByName): Promise<void> {
  const started = performance.now();
  await withReportDatabase(message.database, reply, openDatabase, async (database) => {
    const progress = progressPoster(reply);
    const decoder = decoderFor(message.keys);
    // Reading is most of the work; building and protecting the tables is the last few percent.
    let facts: FactsUse = { used: 0, stored: 0 };
    let storing: (() => Promise<FactsUse>) | undefined;
    const input = await readReportInput(
      database,
      { period: message.period, role: message.role, ...(message.clinic ? { clinicId: message.clinic.id } : {}), storing: (s) => (storing = s) },
      decoder,
      (f) => progress(f * 0.95),
      (use) => (facts = use),
    );
    const building = performance.now();
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
    reply({ type: 'built', report, cost: { ...decoder.cost(), buildingMs: performance.now() - building, totalMs: performance.now() - started, facts } });
    // The facts worked out for this report are sealed and stored after it is shown, not before.
    const stored = storing ? await storing() : facts;
    reply({ type: 'stored', facts: stored, totalMs: performance.now() - started });
  });
}

/** What the worker does with a warm-up message: reads as a build would (storing the facts it lacked), builds nothing. */
export async function warmFromMessage(message: WarmFactsMessage, reply: (message: ReportWorkerReply) => void, openDatabase: OpenDatabase = openByName): Promise<void> {
  const started = performance.now();
  await withReportDatabase(message.database, reply, openDatabase, async (database) => {
    let facts: FactsUse = { used: 0, stored: 0 };
    await readReportInput(database, { period: message.period, role: message.role }, decoderFor(message.keys), undefined, (use) => (facts = use));
    reply({ type: 'warmed', facts, totalMs: performance.now() - started });
  });
}
