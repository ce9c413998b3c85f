import { describe, expect, it } from 'vitest';
import { SESSION_WINDOW_WEEKS, missingSessions, sessionWindow } from '../../../../shared/frontdesk/session-window';
import { buildRule } from '../../../../shared/schedule/recurrence';

const clinic = {
  id: 'k1',
  rrule: buildRule({ kind: 'weekly', weekdays: [2], interval: 1 }),
  startDate: '2026-01-07',
  openTime: '10:00',
  closeTime: '13:00',
  active: true,
};

const session = (date: string) => ({ clinicId: 'k1', date, startTime: '10:00', endTime: '13:00', status: 'scheduled' });

describe('missingSessions', () => {
  it('creates every rule date in the range when none exist', () => {
    expect(missingSessions(clinic, [], '2026-05-01', '2026-05-31')).toEqual([
      session('2026-05-06'),
      session('2026-05-13'),
      session('2026-05-20'),
      session('2026-05-27'),
    ]);
  });

  it('makes no session on a closure day', () => {
    const closed = new Map([['2026-05-13', 'Staff training']]);
    expect(missingSessions(clinic, [], '2026-05-01', '2026-05-31', closed)).toEqual([session('2026-05-06'), session('2026-05-20'), session('2026-05-27')]);
  });

  it('skips dates that already have a session', () => {
    const existing = [{ date: '2026-05-06' }, { date: '2026-05-20' }];
    expect(missingSessions(clinic, existing, '2026-05-01', '2026-05-31')).toEqual([session('2026-05-13'), session('2026-05-27')]);
  });

  it('does not recreate a session that was moved to another date', () => {
    const existing = [{ date: '2026-05-14', originalDate: '2026-05-13' }];
    expect(missingSessions(clinic, existing, '2026-05-01', '2026-05-31').map((s) => s.date)).toEqual([
      '2026-05-06',
      '2026-05-20',
      '2026-05-27',
    ]);
  });

  it('creates the rule date that a moved session landed on, since its own date is still free', () => {
    // Moved from the 13th onto the 20th: the 20th's own session is still due.
    const existing = [{ date: '2026-05-20', originalDate: '2026-05-13' }];
    expect(missingSessions(clinic, existing, '2026-05-01', '2026-05-31').map((s) => s.date)).toEqual([
      '2026-05-06',
      '2026-05-20',
      '2026-05-27',
    ]);
  });

  it('respects the clinic’s start and end dates', () => {
    const bounded = { ...clinic, startDate: '2026-05-10', endDate: '2026-05-21' };
    expect(missingSessions(bounded, [], '2026-05-01', '2026-05-31').map((s) => s.date)).toEqual(['2026-05-13', '2026-05-20']);
  });

  it('creates nothing for an inactive clinic', () => {
    expect(missingSessions({ ...clinic, active: false }, [], '2026-05-01', '2026-05-31')).toEqual([]);
  });
});

describe('sessionWindow', () => {
  it('runs from today to twelve weeks ahead', () => {
    expect(SESSION_WINDOW_WEEKS).toBe(12);
    expect(sessionWindow('2026-05-04')).toEqual({ from: '2026-05-04', to: '2026-07-27' });
    expect(sessionWindow('2026-12-15')).toEqual({ from: '2026-12-15', to: '2027-03-09' });
  });

  it('covers exactly twelve of a weekly clinic’s sessions starting after today', () => {
    const { from, to } = sessionWindow('2026-05-07');
    expect(missingSessions(clinic, [], from, to)).toHaveLength(12);
  });
});
