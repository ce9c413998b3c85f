/**
 * Builds a Community Intelligence Report in the report worker (report.worker.ts), so the
 * screen is never held up by reading a year of records: progress as it goes, the finished
 * report at the end, and a cancel that stops the work at once (the worker is terminated).
 */
import type { CommunityReport } from '../../../shared/report/build-report';
import { db } from '../../db/instance';
import { PermissionDeniedError, requirePermission } from '../../security/permissions';
import { onKeysDropped } from '../../security/key-ring';
import type { Role } from '../../../shared/security/roles';
import type { ReportKeys } from './decode-records';
import type { BuildReportMessage, ReportWorkerReply } from './report-worker-protocol';

export type ReportBuildRequest = Omit<BuildReportMessage, 'type' | 'database' | 'keys' | 'role'>;

/** The build was cancelled by the person: not a failure, nothing to say. */
export class ReportCancelledError extends Error {
  constructor() {
    super('The report was cancelled.');
    this.name = 'ReportCancelledError';
  }
}

export interface ReportBuild {
  result: Promise<CommunityReport>;
  cancel(): void;
}

/**
 * The keys the worker needs to open sealed records. Nothing while records are stored in
 * the clear; the sign-in's key ring fills this in when they are sealed (decode-records.ts).
 */
let keysForWorkers: () => ReportKeys | undefined = () => undefined;
export function provideReportKeys(source: () => ReportKeys | undefined): void {
  keysForWorkers = source;
}

/** The keys a report worker is handed now (none when locked). */
export const reportKeysNow = (): ReportKeys | undefined => keysForWorkers();

export function buildReportInWorker(request: ReportBuildRequest, onProgress: (fraction: number) => void): ReportBuild {
  // The worker reads every record of the period: only a role that may build the report starts it.
  let role: Role;
  try {
    ({ role } = requirePermission('report.build'));
  } catch (error) {
    return { result: Promise.reject(error as Error), cancel: () => undefined };
  }
  const worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
  // A lock ends it whatever it is doing (storing facts after the report was shown included).
  const stopOnLock = onKeysDropped(() => end());
  const end = () => {
    worker.terminate();
    stopOnLock();
  };
  let settle: { resolve: (report: CommunityReport) => void; reject: (error: Error) => void } | undefined;
  const result = new Promise<CommunityReport>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: { report: CommunityReport } | { error: Error }, ending = true) => {
    if (ending) end();
    if (!settle) return;
    if ('report' in outcome) settle.resolve(outcome.report);
    else settle.reject(outcome.error);
    settle = undefined;
  };
  worker.addEventListener('message', (event: MessageEvent<ReportWorkerReply>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.fraction);
    else if (message.type === 'warmed') return;
    else if (message.type === 'built') {
      // Counts and times only, for the benchmark (npm run bench:browser) to say what decryption costs.
      performance.mark('signpost:report-built', { detail: message.cost });
      // Shown at once; the worker goes on to store the facts it worked out, then is ended.
      finish({ report: message.report }, false);
    } else if (message.type === 'stored') {
      performance.mark('signpost:report-facts-stored', { detail: { ...message.facts, totalMs: message.totalMs } });
      end();
    } else if (message.type === 'refused') finish({ error: new PermissionDeniedError('report.build') });
    else finish({ error: new Error('The report worker could not build the report.') });
  });
  worker.addEventListener('error', () => finish({ error: new Error('The report worker stopped.') }));
  const keys = keysForWorkers();
  // The worker checks this role again before it reads anything (read-report-input.ts).
  const message: BuildReportMessage = { type: 'build', database: db().name, ...request, role, ...(keys ? { keys } : {}) };
  worker.postMessage(message);
  return { result, cancel: () => finish({ error: new ReportCancelledError() }) };
}
