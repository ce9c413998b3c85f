/**
 * Starting an import's reading in a worker, with progress and Cancel, after checking the
 * files' size. Cancel ends the worker at once: nothing has been written by then (writing
 * happens only after the preview, in one transaction).
 */
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

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** A plain message when the files are too big to import, or undefined. */
export function sizeProblem(files: readonly { size: number }[], limit: number): string | undefined {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total <= limit) return undefined;
  return `This is ${megabytes(total)}; Signpost imports files up to ${megabytes(limit)}. Split it into smaller files and import them one after another.`;
}

export async function readFiles(files: readonly File[]): Promise<FileBytes[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: await file.arrayBuffer() })));
}

export interface RunningImport {
  result: Promise<Exclude<ImportResponse, { type: 'progress' }>>;
  cancel: () => void;
}

export function runImport(request: ImportRequest, onProgress: (fraction: number) => void): RunningImport {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let cancel: () => void = () => undefined;
  const result = new Promise<Exclude<ImportResponse, { type: 'progress' }>>((resolve, reject) => {
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
      resolve(event.data);
    });
    worker.addEventListener('error', () => {
      worker.terminate();
      resolve({ type: 'refused', message: 'The file could not be read. Try again.' });
    });
  });
  worker.postMessage(request, request.kind === 'table' ? [request.file.bytes] : request.files.map((f) => f.bytes));
  return { result, cancel: () => cancel() };
}
