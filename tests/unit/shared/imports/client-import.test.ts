import { describe, expect, it } from 'vitest';
import { countryCodeFor, guessMapping, planClientImport } from '../../../../shared/imports/client-import';
import { parseCsvTable } from '../../../../shared/imports/csv-table';
import { messageCode } from '../../../../shared/messages/message-code';

const consent = { date: '2026-11-02', recordedBy: 'Claire' };
const existing = [{ id: 'c1', ref: 'C-00001', name: 'Amina Yusuf', nameLatin: undefined, phone: '07700 900001', birthYear: 1990 }];

describe('planning a client import', () => {
  it('guesses the columns from the header, whatever the case and punctuation', () => {
    expect(guessMapping(['Full Name', 'Mobile', 'E-mail', 'Date of birth', 'Country', 'Language(s)', 'Notes'])).toEqual([
      'name', 'phone', 'email', 'birthYear', 'nationality', '', '',
    ]);
  });

  it('reports every row: imported (with what was left out), duplicate of an existing client or an earlier row, refused and why', () => {
    const table = parseCsvTable(
      [
        'Name,Phone,Year of birth,Nationality,Languages,Postcode,Email',
        'Piotr Nowak,07700 900002,1985,Poland,"Polish, English",G42 8AB,',
        'amina  yusuf,+44 7700 900001,1990,,,,',
        ',07700 900003,,,,,',
        'Saba Haile,07700 900004,1979,Eritrea,Tigrinya,,not-an-email',
        'Piotr Nowak,07700900002,1985,,,,',
        '"Yonas Tesfaye,07700 900005,1992,,,,',
        'Layla Haddad,,1999,Atlantis,Klingon,,',
      ].join('\n'),
    );
    const plan = planClientImport(table, guessMapping(table.columns), existing, consent);
    expect(plan.lines.map((l) => [l.row, l.outcome, l.reasons])).toEqual([
      [2, 'import', []],
      [3, 'duplicate', [{ code: 'already-registered', ref: 'C-00001', name: 'Amina Yusuf' }]],
      [4, 'refused', [{ code: 'invalid', field: 'name', message: messageCode('common:validation.required.personName') }]],
      [5, 'refused', [{ code: 'invalid', field: 'email', message: messageCode('common:validation.email') }]],
      [6, 'duplicate', [{ code: 'same-as-row', row: 2 }]],
      [7, 'refused', [{ code: 'unreadable-row', problem: { code: 'unterminated-quote' } }]],
      [8, 'import', [{ code: 'unknown-country', value: 'Atlantis' }, { code: 'unknown-language', value: 'Klingon' }]],
    ]);
    expect(plan.clients.map((c) => [c.name, c.nationality, c.languages, c.area, c.consents.storage.recordedBy])).toEqual([
      ['Piotr Nowak', 'PL', ['pol', 'eng'], 'G42', 'Claire'],
      ['Layla Haddad', undefined, [], undefined, 'Claire'],
    ]);
  });

  it('finds countries by name, short name or code', () => {
    expect([countryCodeFor('Syria'), countryCodeFor('ER'), countryCodeFor('united kingdom'), countryCodeFor('Atlantis')]).toEqual(['SY', 'ER', 'GB', undefined]);
  });

  // Its speed is the benchmark's to measure; a pairwise comparison (400 million) would overrun the test's time limit.
  it('checks 20,000 rows against 20,000 clients, every new person planned (duplicates are looked up, not compared pairwise)', () => {
    const many = Array.from({ length: 20000 }, (_, i) => ({ id: `c${i}`, ref: `C-${String(i).padStart(5, '0')}`, name: `Person ${i} Example`, nameLatin: undefined, phone: `07700 ${String(i).padStart(6, '0')}`, birthYear: 1980 }));
    const rows = ['name,phone', ...Array.from({ length: 20000 }, (_, i) => `Newcomer ${i} Sample,07800 ${String(i).padStart(6, '0')}`)].join('\n');
    const plan = planClientImport(parseCsvTable(rows), ['name', 'phone'], many, consent);
    expect(plan.clients).toHaveLength(20000);
  });
});
