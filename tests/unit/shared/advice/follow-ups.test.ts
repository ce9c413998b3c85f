import { describe, expect, it } from 'vitest';
import { followUpsDue, followUpWindow } from '../../../../shared/advice/follow-ups';
import type { AdviceEntry } from '../../../../shared/schemas';

const today = '2026-03-10';

function entry(id: string, overrides: Partial<AdviceEntry> = {}): AdviceEntry {
  return {
    id,
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
    clientId: 'c1',
    date: '2026-02-01',
    adviserName: 'Fatima Khan',
    categories: ['housing'],
    outcome: 'ongoing',
    minutes: 30,
    followUpDone: false,
    ...overrides,
  };
}

const entries = [
  entry('none'),
  entry('done', { followUpDate: '2026-03-01', followUpDone: true }),
  entry('soon', { followUpDate: '2026-03-13' }),
  entry('today', { followUpDate: today }),
  entry('late', { followUpDate: '2026-03-02', adviserName: 'Tom Reid' }),
  entry('later', { followUpDate: '2026-02-20' }),
  entry('edge', { followUpDate: '2026-03-24' }),
  entry('far', { followUpDate: '2026-03-25' }),
];

describe('followUpsDue', () => {
  it('lists open follow-ups up to 14 days ahead, most overdue first', () => {
    expect(followUpsDue(entries, today).map((d) => [d.entry.id, d.overdueDays, d.state])).toEqual([
      ['later', 18, 'overdue'],
      ['late', 8, 'overdue'],
      ['today', 0, 'due-today'],
      ['soon', -3, 'upcoming'],
      ['edge', -14, 'upcoming'],
    ]);
  });

  it('filters by adviser name, ignoring case and spaces', () => {
    expect(followUpsDue(entries, today, { adviserName: '  tom REID ' }).map((d) => d.entry.id)).toEqual(['late']);
    expect(followUpsDue(entries, today, { adviserName: '' })).toHaveLength(5);
  });

  it('breaks ties by entry date then id', () => {
    const tied = [
      entry('b', { followUpDate: '2026-03-01', date: '2026-02-02' }),
      entry('a', { followUpDate: '2026-03-01', date: '2026-02-02' }),
      entry('c', { followUpDate: '2026-03-01', date: '2026-01-15' }),
    ];
    expect(followUpsDue(tied, today).map((d) => d.entry.id)).toEqual(['c', 'a', 'b']);
  });

  it('takes a different horizon', () => {
    expect(followUpsDue(entries, today, { horizonDays: 0 }).map((d) => d.entry.id)).toEqual(['later', 'late', 'today']);
  });

  it('returns nothing for no entries', () => {
    expect(followUpsDue([], today)).toEqual([]);
  });
});

describe('followUpWindow', () => {
  it('this week runs Monday to Sunday around today; all reaches every older one and two weeks ahead', () => {
    expect(followUpWindow('this-week', '2026-06-10')).toEqual({ from: '2026-06-08', to: '2026-06-14' });
    expect(followUpWindow('this-week', '2026-06-08')).toEqual({ from: '2026-06-08', to: '2026-06-14' });
    expect(followUpWindow('this-week', '2026-06-14')).toEqual({ from: '2026-06-08', to: '2026-06-14' });
    expect(followUpWindow('all', '2026-06-10')).toEqual({ from: '', to: '2026-06-24' });
  });
});
