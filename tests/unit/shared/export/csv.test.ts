import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../shared/export/csv';

const parse = (text: string, delimiter: ',' | ';'): string[][] =>
  Papa.parse<string[]>(text, { delimiter, newline: '\r\n', skipEmptyLines: true }).data;

describe('toCsv', () => {
  it('quotes and neutralises text a spreadsheet would run as a formula', () => {
    expect(toCsv([['=SUM(A1:A9)', '+44 7700', '-2+3', '@cmd', ' =1+1', '\tx']])).toBe(
      `"'=SUM(A1:A9)","'+44 7700","'-2+3","'@cmd","' =1+1","'\tx"\r\n`,
    );
  });

  it('neutralises a formula that goes on over several lines', () => {
    expect(toCsv([['=1\n2']])).toBe(`"'=1\n2"\r\n`);
  });

  it('writes numbers, negative ones too, as numbers', () => {
    expect(toCsv([['Change', -5, 10, 0]])).toBe('Change,-5,10,0\r\n');
  });

  it('quotes a cell holding either separator, whichever the file uses', () => {
    expect(toCsv([['Housing, repairs', 'Benefits; welfare', 'plain']])).toBe('"Housing, repairs","Benefits; welfare",plain\r\n');
    expect(toCsv([['Housing, repairs', 'Benefits; welfare', 'plain']], ';')).toBe('"Housing, repairs";"Benefits; welfare";plain\r\n');
  });

  it('reads back into the same cells in a comma locale and in a semicolon locale', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('=A1', '+1', '-x', '@y', 'a,b', 'a;b', 'say "hi"', 'two\nlines', ' pad '));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 4 }), fc.constantFrom(',' as const, ';' as const), (rows, separator) => {
        // A whole row of empty strings is an empty line, which a reader skips.
        const kept = rows.filter((row) => row.some((c) => c !== ''));
        if (kept.length === 0) return;
        const back = parse(toCsv(kept, separator), separator);
        expect(back.length).toBe(kept.length);
        back.forEach((row, r) =>
          row.forEach((value, c) => {
            const original = kept[r]![c]!;
            if (/^(?:\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/.test(original)) expect(value).toBe(`'${original}`);
            else expect(value).toBe(original);
          }),
        );
      }),
      { numRuns: 500 },
    );
  });
});
