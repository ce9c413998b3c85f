/**
 * A CSV file as a table of rows, each numbered as a spreadsheet shows it (the header is
 * row 1), for imports that report row by row. An unterminated quote makes its row an
 * error and reading carries on from the next line: it never swallows the rest of the file
 * into one merged record. A row with more values than the header is an error too (a comma
 * inside a value without quotation marks).
 */
import Papa from 'papaparse';

/** Why a row could not be read, as a code the screen words in the volunteer's language. */
export type TableRowProblem = { code: 'unterminated-quote' } | { code: 'too-many-values'; found: number; expected: number };

/** `error` is the problem in plain English (the services directory's report shows it). */
export type TableRow = { row: number; cells: string[] } | { row: number; error: string; problem: TableRowProblem };

export interface TextTable {
  columns: string[];
  rows: TableRow[];
}

export const UNTERMINATED_QUOTE_MESSAGE =
  'This row has a quotation mark that is never closed, so it could not be read (the rows after it were read on their own)';

export const tooManyValues = (found: number, expected: number): string =>
  `This row has ${found} values but the header has ${expected}: is there a comma inside a value without quotation marks?`;

/**
 * The delimiter, from the header line: the most frequent of comma, semicolon (European
 * spreadsheets), tab and bar. Chosen once, so a broken row further down cannot change it.
 */
export function headerDelimiter(text: string): string {
  const header = text.split('\n').find((line) => line.trim() !== '') ?? '';
  let best = ',';
  let most = 0;
  for (const candidate of [',', ';', '\t', '|']) {
    const count = header.split(candidate).length - 1;
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return best;
}

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/**
 * Parses CSV text (any byte-order mark already removed). `onProgress` gets the share of
 * the text read, 0 to 1, now and then. The first non-blank row is the header.
 */
export function parseCsvTable(text: string, onProgress?: (fraction: number) => void): TextTable {
  const records: Array<{ cells: string[] } | { error: string; problem: TableRowProblem }> = [];
  const delimiter = headerDelimiter(text);
  let start = 0;
  while (start < text.length) {
    let restartAt: number | undefined;
    let rowStart = start;
    const offset = start;
    Papa.parse<string[]>(text.slice(offset), {
      delimiter,
      step: (step, parser) => {
        if (step.errors.some((e) => e.code === 'MissingQuotes')) {
          records.push({ error: UNTERMINATED_QUOTE_MESSAGE, problem: { code: 'unterminated-quote' } });
          // Carry on from the line after the one the broken row started on.
          const nextLine = text.indexOf('\n', rowStart);
          restartAt = nextLine === -1 ? text.length : nextLine + 1;
          parser.abort();
          return;
        }
        records.push({ cells: step.data });
        rowStart = offset + step.meta.cursor;
        if (onProgress && records.length % 2000 === 0) onProgress(rowStart / text.length);
      },
    });
    if (restartAt === undefined) break;
    start = restartAt;
  }
  onProgress?.(1);

  const headerIndex = records.findIndex((r) => 'cells' in r && !isBlank(r.cells));
  const rows: TableRow[] = [];
  if (headerIndex === -1) {
    records.forEach((r, i) => {
      if ('error' in r) rows.push({ row: i + 1, error: r.error, problem: r.problem });
    });
    return { columns: [], rows };
  }
  const columns = (records[headerIndex] as { cells: string[] }).cells.map((cell) => cell.trim());
  records.forEach((record, index) => {
    if (index <= headerIndex) return;
    const row = index + 1;
    if ('error' in record) rows.push({ row, error: record.error, problem: record.problem });
    else if (isBlank(record.cells)) return;
    else if (record.cells.length > columns.length && !isBlank(record.cells.slice(columns.length))) {
      rows.push({
        row,
        error: tooManyValues(record.cells.length, columns.length),
        problem: { code: 'too-many-values', found: record.cells.length, expected: columns.length },
      });
    } else rows.push({ row, cells: record.cells });
  });
  return { columns, rows };
}
