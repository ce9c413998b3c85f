import { describe, expect, it } from 'vitest';
import { attendedHours, hoursSummary, UNKNOWN_VOLUNTEER, type HoursShift } from '../../../../shared/rota/hours';

const s = (overrides: Partial<HoursShift>): HoursShift => ({
  date: '2026-11-03',
  startTime: '10:00',
  endTime: '13:00',
  role: 'adviser',
  volunteerId: 'v1',
  attended: true,
  ...overrides,
});

const volunteers = [
  { id: 'v1', name: 'Zainab Ahmadi' },
  { id: 'v2', name: 'Callum Reid' },
];

describe('attendedHours', () => {
  it('uses the hours written down, else the shift’s length, and only for attended shifts', () => {
    expect(attendedHours(s({}))).toBe(3);
    expect(attendedHours(s({ startTime: '14:00', endTime: '16:40' }))).toBeCloseTo(2.6667, 4);
    expect(attendedHours(s({ hoursWorked: 2.5 }))).toBe(2.5);
    expect(attendedHours(s({ attended: undefined, hoursWorked: 4 }))).toBe(4);
    expect(attendedHours(s({ attended: undefined }))).toBeUndefined();
    expect(attendedHours(s({ attended: false, hoursWorked: 3 }))).toBeUndefined();
    expect(attendedHours(s({ volunteerId: undefined }))).toBeUndefined();
  });
});

describe('hoursSummary', () => {
  const shifts: HoursShift[] = [
    s({ date: '2026-10-31' }), // before the period
    s({ date: '2026-11-03' }), // 3 h adviser, November
    s({ date: '2026-11-10', hoursWorked: 2.5 }), // 2.5 h adviser, November
    s({ date: '2026-11-12', role: 'receptionist', endTime: '12:00' }), // 2 h receptionist
    s({ date: '2026-12-01', startTime: '14:00', endTime: '16:40' }), // 2 h 40 adviser, December
    s({ date: '2026-12-02', attended: false }), // did not come
    s({ date: '2026-12-03', volunteerId: 'v2', role: 'interpreter' }), // 3 h
    s({ date: '2026-12-04', volunteerId: 'gone', role: 'receptionist' }), // 3 h, volunteer since removed
    s({ date: '2027-01-01' }), // after the period
  ];
  const summary = hoursSummary(shifts, volunteers, { from: '2026-11-01', to: '2026-12-31', hourlyRate: 12.6 });

  it('totals attended hours per volunteer, role and month', () => {
    expect(summary.rows).toEqual([
      { volunteerId: 'v2', volunteerName: 'Callum Reid', role: 'interpreter', month: '2026-12', shifts: 1, hours: 3, value: 37.8 },
      { volunteerId: 'gone', volunteerName: UNKNOWN_VOLUNTEER, role: 'receptionist', month: '2026-12', shifts: 1, hours: 3, value: 37.8 },
      { volunteerId: 'v1', volunteerName: 'Zainab Ahmadi', role: 'adviser', month: '2026-11', shifts: 2, hours: 5.5, value: 69.3 },
      { volunteerId: 'v1', volunteerName: 'Zainab Ahmadi', role: 'receptionist', month: '2026-11', shifts: 1, hours: 2, value: 25.2 },
      { volunteerId: 'v1', volunteerName: 'Zainab Ahmadi', role: 'adviser', month: '2026-12', shifts: 1, hours: 2.67, value: 33.6 },
    ]);
  });

  it('totals each way, rounding only at the end', () => {
    expect(summary.byVolunteer.map((v) => [v.volunteerName, v.shifts, v.hours, v.value])).toEqual([
      ['Callum Reid', 1, 3, 37.8],
      [UNKNOWN_VOLUNTEER, 1, 3, 37.8],
      ['Zainab Ahmadi', 4, 10.17, 128.1],
    ]);
    expect(summary.byRole.map((r) => [r.role, r.hours])).toEqual([
      ['adviser', 8.17],
      ['interpreter', 3],
      ['receptionist', 5],
    ]);
    expect(summary.byMonth.map((m) => [m.month, m.shifts, m.hours])).toEqual([
      ['2026-11', 3, 7.5],
      ['2026-12', 3, 8.67],
    ]);
    expect(summary.total).toEqual({ shifts: 6, hours: 16.17, value: 203.7 });
    expect(summary).toMatchObject({ from: '2026-11-01', to: '2026-12-31', hourlyRate: 12.6 });
  });

  it('is empty for a period with no attended shifts', () => {
    const none = hoursSummary(shifts, volunteers, { from: '2025-01-01', to: '2025-12-31', hourlyRate: 12.6 });
    expect(none.rows).toEqual([]);
    expect(none.total).toEqual({ shifts: 0, hours: 0, value: 0 });
  });
});
