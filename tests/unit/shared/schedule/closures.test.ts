import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBankHolidays, type BankHolidays } from '../../../../shared/schedule/bank-holidays';
import { closureDays } from '../../../../shared/schedule/closures';
import { extractUkHolidayData, renderModule } from '../../../fixtures/uk-holiday-data.mjs';

const dates = (days: { date: string }[]) => days.map((d) => d.date);
let holidays: BankHolidays;
beforeAll(async () => {
  holidays = await loadBankHolidays();
});
const bankHolidays = (...args: Parameters<BankHolidays['between']>) => holidays.between(...args);

describe('bankHolidays', () => {
  it('gives England and Wales’ 2026 bank holidays, with the weekday substitute for Boxing Day', () => {
    const days = bankHolidays('england-and-wales', '2026-01-01', '2026-12-31');
    expect(dates(days)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-26', '2026-12-28',
    ]);
    expect(days.find((d) => d.date === '2026-12-25')?.reason).toBe('Christmas Day');
    expect(days.find((d) => d.date === '2026-12-28')?.reason).toMatch(/Boxing Day/);
  });

  it('gives Scotland its own days: 2 January, the first Monday in August, St Andrew’s Day, and no Easter Monday', () => {
    const days = dates(bankHolidays('scotland', '2026-01-01', '2026-12-31'));
    for (const day of ['2026-01-02', '2026-08-03', '2026-11-30']) expect(days).toContain(day);
    expect(days).not.toContain('2026-04-06');
    expect(days).not.toContain('2026-08-31');
  });

  it('gives Northern Ireland St Patrick’s Day and the Battle of the Boyne', () => {
    const days = dates(bankHolidays('northern-ireland', '2026-01-01', '2026-12-31'));
    expect(days).toContain('2026-03-17');
    expect(days).toContain('2026-07-13'); // 12 July is a Sunday: the Monday is the holiday
  });

  it('knows one-off days and moved holidays, across years', () => {
    const days = dates(bankHolidays('england-and-wales', '2022-05-01', '2023-05-31'));
    expect(days).toContain('2022-06-03'); // the Platinum Jubilee
    expect(days).toContain('2022-09-19'); // the State Funeral
    expect(days).toContain('2023-05-08'); // the Coronation
    expect(days).toContain('2022-12-27'); // Christmas Day falls on a Sunday
  });

  it('gives none for "none" and only days inside the range', () => {
    expect(bankHolidays('none', '2026-01-01', '2026-12-31')).toEqual([]);
    expect(dates(bankHolidays('england-and-wales', '2026-12-24', '2027-01-01'))).toEqual(['2026-12-25', '2026-12-26', '2026-12-28', '2027-01-01']);
  });
});

describe('closureDays', () => {
  it('adds the forum’s own days to the bank holidays, in date order, its own reason winning', () => {
    const closures = {
      bankHolidays: 'england-and-wales' as const,
      ownDays: [
        { date: '2026-12-24', reason: 'Christmas Eve: volunteers’ party' },
        { date: '2026-12-28', reason: 'Hall closed for repairs' },
        { date: '2027-03-01', reason: 'Outside the range' },
      ],
    };
    expect([...closureDays(closures, '2026-12-20', '2026-12-31', holidays).entries()]).toEqual([
      ['2026-12-24', 'Christmas Eve: volunteers’ party'],
      ['2026-12-25', 'Christmas Day'],
      ['2026-12-26', 'Boxing Day'],
      ['2026-12-28', 'Hall closed for repairs'],
    ]);
  });
});

describe('the shipped UK rules', () => {
  it('are the date-holidays package’s current rules for the UK (else run node tests/fixtures/uk-holiday-data.mjs)', () => {
    const shipped = readFileSync(new URL('../../../../shared/schedule/uk-holiday-data.ts', import.meta.url), 'utf8');
    expect(shipped).toBe(renderModule(extractUkHolidayData()));
  });
});
