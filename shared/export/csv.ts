/**
 * The one CSV writer: every CSV file the app saves is made here (RFC 4180, CRLF line
 * ends), by papaparse, so that quoting and formula neutralising are the same everywhere.
 *
 * A spreadsheet opens a CSV with the list separator of its locale: a comma in the UK, a
 * semicolon in much of Europe. A cell holding either is quoted, so the file reads back
 * into the same cells in both. Text a spreadsheet would run as a formula (it starts,
 * perhaps after spaces, with =, +, - or @, or their full-width forms, or with a tab or
 * a carriage return) gets a leading apostrophe and is quoted, so it shows as text and
 * never runs. Numbers are written as they are: a negative number is not a formula.
 */
import Papa from 'papaparse';

export type CsvSeparator = ',' | ';';
export type CsvValue = string | number;

const FORMULA_START = /^(?:\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/;
const EITHER_SEPARATOR = /[,;]/;

/** Rows of cells as CSV text, ending with a line break. */
export function toCsv(rows: readonly (readonly CsvValue[])[], separator: CsvSeparator = ','): string {
  if (rows.length === 0) return '';
  const text = Papa.unparse(
    rows.map((row) => [...row]),
    {
      delimiter: separator,
      newline: '\r\n',
      escapeFormulae: FORMULA_START,
      quotes: (value: unknown) => typeof value === 'string' && EITHER_SEPARATOR.test(value),
    },
  );
  return `${text}\r\n`;
}
