/**
 * Reads an imported file off the page's thread: decoding, CSV or workbook parsing, and
 * the HSDS mapping all run here, with progress reported as it goes, so a large file never
 * freezes the app and Cancel (which ends this worker) works at any moment.
 */
import { parseCsvTable } from '../../shared/imports/csv-table';
import { HsdsImportError, importHsdsCsv, importHsdsJson } from '../../shared/services/hsds-import';
import { decodeText } from './decode-bytes';
import type { EncodingNote, FileBytes, ImportRequest, ImportResponse } from './import-messages';
import { readXlsxTable } from './xlsx-table';

const post = (message: ImportResponse): void => postMessage(message);

/** Progress from several files and steps, as one share of the whole. */
const progressWithin = (from: number, to: number) => (fraction: number) => post({ type: 'progress', fraction: from + (to - from) * fraction });

const isWorkbook = (file: FileBytes): boolean => /\.xlsx$/i.test(file.name);

async function readTable(file: FileBytes): Promise<ImportResponse> {
  if (isWorkbook(file)) {
    const table = await readXlsxTable(file.bytes, progressWithin(0, 1));
    return { type: 'table', table, format: 'xlsx', encodings: [] };
  }
  const { text, encoding } = decodeText(new Uint8Array(file.bytes));
  post({ type: 'progress', fraction: 0.1 });
  const table = parseCsvTable(text, progressWithin(0.1, 1));
  return { type: 'table', table, format: 'csv', encodings: [{ fileName: file.name, encoding }] };
}

function readDirectory(files: FileBytes[], categories: Extract<ImportRequest, { kind: 'hsds' }>['categories']): ImportResponse {
  const encodings: EncodingNote[] = [];
  const decoded = files.map((file, i) => {
    const { text, encoding } = decodeText(new Uint8Array(file.bytes));
    encodings.push({ fileName: file.name, encoding });
    post({ type: 'progress', fraction: (0.4 * (i + 1)) / files.length });
    return { name: file.name, text };
  });
  const json = decoded.find((f) => /\.json$/i.test(f.name));
  const result = json ? importHsdsJson(json.text, { categories }) : importHsdsCsv(decoded, { categories });
  post({ type: 'progress', fraction: 1 });
  return { type: 'hsds', result, encodings: json ? encodings.filter((e) => e.fileName === json.name) : encodings };
}

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  void (async () => {
    try {
      post(request.kind === 'table' ? await readTable(request.file) : readDirectory(request.files, request.categories));
    } catch (error) {
      // The page words the refusal: the worker has no catalogues.
      post(error instanceof HsdsImportError ? { type: 'refused', reason: 'directory', message: error.message } : { type: 'refused', reason: 'unreadable' });
    }
  })();
});
