import { describe, expect, it } from 'vitest';
import { parseCsvTable, tooManyValues, UNTERMINATED_QUOTE_MESSAGE } from '../../../../shared/imports/csv-table';

describe('reading a CSV file as a table of rows', () => {
  it('numbers rows as a spreadsheet does, keeps quoted commas and line breaks, and skips blank lines', () => {
    const table = parseCsvTable('Name,Notes\r\nAmina,"Needs, help"\r\n\r\nPiotr,"two\nlines"\r\nSaba,\r\n');
    expect(table.columns).toEqual(['Name', 'Notes']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['Amina', 'Needs, help'] },
      { row: 4, cells: ['Piotr', 'two\nlines'] },
      { row: 5, cells: ['Saba', ''] },
    ]);
  });

  it('makes an unterminated quote a row error and reads the rows after it on their own, never merging them', () => {
    const table = parseCsvTable('name,phone\nAmina,07700 900001\n"Piotr,07700 900002\nSaba,07700 900003\nYonas,07700 900004\n');
    expect(table.rows).toEqual([
      { row: 2, cells: ['Amina', '07700 900001'] },
      { row: 3, error: UNTERMINATED_QUOTE_MESSAGE, problem: { code: 'unterminated-quote' } },
      { row: 4, cells: ['Saba', '07700 900003'] },
      { row: 5, cells: ['Yonas', '07700 900004'] },
    ]);
  });

  it('keeps the delimiter it found (semicolons, as European spreadsheets save) after a broken row', () => {
    const table = parseCsvTable('name;phone\nAmina;1\n"Piotr;2\nSaba;3\n');
    expect(table.rows).toEqual([{ row: 2, cells: ['Amina', '1'] }, { row: 3, error: UNTERMINATED_QUOTE_MESSAGE, problem: { code: 'unterminated-quote' } }, { row: 4, cells: ['Saba', '3'] }]);
  });

  it('refuses a row with more values than the header', () => {
    const table = parseCsvTable('name,phone\nYusuf, Amina,07700 900001\n');
    expect(table.rows).toEqual([{ row: 2, error: tooManyValues(3, 2), problem: { code: 'too-many-values', found: 3, expected: 2 } }]);
  });

  it('reports progress up to the end', () => {
    const seen: number[] = [];
    parseCsvTable(`name\n${'x\n'.repeat(5000)}`, (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
  });
});
