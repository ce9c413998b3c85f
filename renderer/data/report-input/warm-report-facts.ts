/**
 * Warms the report's facts after a sign-in, so the first report a committee member opens
 * reads a few dozen sealed values instead of a year of records (README, "Speed"). In the
 * report's worker, never on the page's thread; only for a role that may build the report;
 * when the app has been left quiet a while after the first screen (app/use-report-facts-warm-up.ts),
 * so sign-in, Today, the client directory and anyone at work go first. Locking ends the worker at once (and with it
 * whatever it had opened); the facts it stored are sealed and stay.
 *
 * It warms the year the Reports screen offers first (the twelve months to last month),
 * with the advice of the year before, which that report compares with.
 */
import { addMonthsToMonth, yearEnding } from '../../../shared/report/period';
import { can } from '../../../shared/security/roles';
import { db } from '../../db/instance';
import { currentUser } from '../../security/session';
import { onKeysDropped } from '../../security/key-ring';
import { reportKeysNow } from './report-in-worker';
import type { ReportWorkerReply, WarmFactsMessage } from './report-worker-protocol';

/**
 * Starts warming for the report ending last month; the returned function stops it (the
 * worker is ended). `onDone` is called once it has finished, failed, or has nothing to do
 * (a role without the report, no keys); not when stopped. Marks
 * `signpost:report-facts-warmed` with counts and time when done.
 */
export function warmReportFacts(thisMonth: string, onDone: () => void = () => undefined): () => void {
  const role = currentUser()?.role;
  const keys = reportKeysNow();
  if (!can(role, 'report.build') || !keys) {
    onDone();
    return () => undefined;
  }
  const worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    worker.terminate();
    unsubscribe();
  };
  const unsubscribe = onKeysDropped(stop);
  worker.addEventListener('message', (event: MessageEvent<ReportWorkerReply>) => {
    const reply = event.data;
    // Counts and time only, for the benchmark: nothing personal.
    if (reply.type === 'warmed') performance.mark('signpost:report-facts-warmed', { detail: { ...reply.facts, totalMs: reply.totalMs } });
    if (reply.type !== 'progress') {
      stop();
      onDone();
    }
  });
  worker.addEventListener('error', () => {
    stop();
    onDone();
  });
  const message: WarmFactsMessage = { type: 'warm', database: db().name, period: yearEnding(addMonthsToMonth(thisMonth, -1)), keys, role };
  worker.postMessage(message);
  return stop;
}
