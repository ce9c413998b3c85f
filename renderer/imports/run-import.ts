/**
 * Starting an import's reading in a worker, with progress and Cancel, after checking the
 * files' size. Cancel ends the worker at once: nothing has been written by then (writing
 * happens only after the preview, in one transaction). What it says to the volunteer comes
 * from the clients catalogue (the import's words), in the language the app shows.
 */
import { i18n } from '../i18n';
import { format } from '../i18n/format';
import type { FileBytes, ImportRequest, ImportResponse } from './import-messages';

/** Largest client spreadsheet: 20,000 clients take about 3 MB. */
export const MAX_CLIENT_FILE_BYTES = 10 * 1024 * 1024;
/** Largest services directory (all its files together). */
export const MAX_DIRECTORY_BYTES = 100 * 1024 * 1024;

export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
    this.name = 'ImportCancelled';
  }
}

const megabytes = (bytes: number): string =>
  format().number(bytes / (1024 * 1024), { style: 'unit', unit: 'megabyte', unitDisplay: 'short', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A plain message when the files are too big to import, or undefined. */
export function sizeProblem(files: readonly { size: number }[], limit: number): string | undefined {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total <= limit) return undefined;
  return i18n.t('clients:import.tooLarge', { size: megabytes(total), limit: megabytes(limit) });
}

export async function readFiles(files: readonly File[]): Promise<FileBytes[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: await file.arrayBuffer() })));
}

/** What the reading ends with: a refusal always carries its message, in words. */
export type ImportAnswer = Exclude<ImportResponse, { type: 'progress' } | { type: 'refused' }> | { type: 'refused'; message: string };

export interface RunningImport {
  result: Promise<ImportAnswer>;
  cancel: () => void;
}

function answerOf(response: Exclude<ImportResponse, { type: 'progress' }>): ImportAnswer {
  if (response.type !== 'refused') return response;
  return { type: 'refused', message: response.reason === 'directory' ? response.message : i18n.t('clients:import.unreadable') };
}

export function runImport(request: ImportRequest, onProgress: (fraction: number) => void): RunningImport {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let cancel: () => void = () => undefined;
  const result = new Promise<ImportAnswer>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new ImportCancelled());
    };
    worker.addEventListener('message', (event: MessageEvent<ImportResponse>) => {
      if (event.data.type === 'progress') {
        onProgress(event.data.fraction);
        return;
      }
      worker.terminate();
      resolve(answerOf(event.data));
    });
    worker.addEventListener('error', () => {
      worker.terminate();
      resolve({ type: 'refused', message: i18n.t('clients:import.failed') });
    });
  });
  worker.postMessage(request, request.kind === 'table' ? [request.file.bytes] : request.files.map((f) => f.bytes));
  return { result, cancel: () => cancel() };
}
