// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsxTable } from '../../../../renderer/imports/xlsx-table';

describe('reading an .xlsx workbook as a table', () => {
  it('reads the first sheet’s header and rows as text, dates as YYYY-MM-DD, numbered as the spreadsheet shows them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Clients');
    sheet.addRow(['Name', 'Phone', 'Date of birth', 'Note']);
    sheet.addRow(['Amina Yusuf', '07700 900001', new Date(Date.UTC(1990, 4, 1)), { richText: [{ text: 'Needs ' }, { text: 'Arabic' }] }]);
    sheet.addRow([]);
    sheet.addRow(['Piotr Nowak', 7700900002, null, { formula: '1+1', result: 2 }]);
    const bytes = await workbook.xlsx.writeBuffer();
    const table = await readXlsxTable(bytes as ArrayBuffer);
    expect(table.columns).toEqual(['Name', 'Phone', 'Date of birth', 'Note']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['Amina Yusuf', '07700 900001', '1990-05-01', 'Needs Arabic'] },
      { row: 4, cells: ['Piotr Nowak', '7700900002', '', '2'] },
    ]);
  });
});
