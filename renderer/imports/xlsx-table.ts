/**
 * The first worksheet of an .xlsx workbook as a table of text, numbered as the spreadsheet
 * numbers its rows. Dates become YYYY-MM-DD; formulas give their last result.
 */
import type { CellValue } from 'exceljs';
import type { TableRow, TextTable } from '../../shared/imports/csv-table';

const pad = (n: number): string => String(n).padStart(2, '0');

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

export async function readXlsxTable(bytes: ArrayBuffer, onProgress?: (fraction: number) => void): Promise<TextTable> {
  // exceljs is large: loaded only when a workbook is chosen.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  onProgress?.(0.5);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { columns: [], rows: [] };
  let columns: string[] | undefined;
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as CellValue[];
    // exceljs numbers cells from 1; values[0] is always empty.
    const cells = values.slice(1).map(cellText);
    for (let i = 0; i < cells.length; i += 1) cells[i] ??= '';
    if (columns === undefined) {
      if (cells.some((c) => c.trim() !== '')) columns = cells.map((c) => c.trim());
      return;
    }
    if (cells.every((c) => c.trim() === '')) return;
    rows.push({ row: number, cells });
  });
  onProgress?.(1);
  return { columns: columns ?? [], rows };
}
