/**
 * The report worker: reads what a Community Intelligence Report needs straight from the
 * forum's IndexedDB (its own connection, one short read transaction per piece), opens the
 * records, builds and protects the report, and posts back only the finished report, which
 * holds aggregates and nothing personal. It first checks the role the main thread sent: a
 * role without report.build gets a refusal and nothing is read (build-from-message.ts).
 * The screen stays responsive throughout, and says how far it has got. Cancelling
 * terminates the worker, and so does a lock: whatever it had opened goes with it.
 */
import { buildFromMessage, warmFromMessage } from './build-from-message';
import type { ReportWorkerMessage } from './report-worker-protocol';

addEventListener('message', (event: MessageEvent<ReportWorkerMessage>) => {
  if (event.data.type === 'build') void buildFromMessage(event.data, (reply) => postMessage(reply));
  // After a sign-in, when the page is idle: the facts the first report will need (warm-report-facts.ts).
  else if (event.data.type === 'warm') void warmFromMessage(event.data, (reply) => postMessage(reply));
});
