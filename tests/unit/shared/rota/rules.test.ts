import { describe, expect, it } from 'vitest';
import { REQUIRED_CHECKS, checkAssignment, isHard, requiredChecks, type Problem } from '../../../../shared/rota/rules';
import { position, shift, volunteer } from './helpers';

const none = { shiftsOfVolunteer: [] };
// The facts each problem carries; renderer/features/volunteers/words turns them into sentences (tested there).
const only = (problems: Problem[]) => problems;

describe('checkAssignment', () => {
  it('finds nothing wrong with a clean assignment', () => {
    expect(checkAssignment(volunteer(), position(), none)).toEqual([]);
  });

  it('stops an inactive volunteer', () => {
    expect(only(checkAssignment(volunteer({ active: false }), position(), none))).toEqual([
      { code: 'inactive', severity: 'hard' },
    ]);
  });

  it('stops a volunteer without the role', () => {
    expect(only(checkAssignment(volunteer({ roles: ['receptionist'] }), position(), none))).toEqual([
      { code: 'lacks-role', severity: 'hard', role: 'adviser' },
    ]);
    expect(checkAssignment(volunteer({ roles: ['adviser'] }), position({ role: 'job-club-helper' }), none)[0]).toEqual({
      code: 'lacks-role',
      severity: 'hard',
      role: 'job-club-helper',
    });
  });

  it('stops an interpreter who does not speak the language, or only a little', () => {
    const arabic = position({ role: 'interpreter', language: 'ara' });
    expect(only(checkAssignment(volunteer({ languages: [{ code: 'eng', level: 'native' }] }), arabic, none))).toEqual([
      { code: 'lacks-language', severity: 'hard', language: 'ara', basicOnly: false },
    ]);
    expect(only(checkAssignment(volunteer({ languages: [{ code: 'ara', level: 'basic' }] }), arabic, none))).toEqual([
      { code: 'lacks-language', severity: 'hard', language: 'ara', basicOnly: true },
    ]);
    expect(checkAssignment(volunteer({ languages: [{ code: 'ara', level: 'conversational' }] }), arabic, none)).toEqual([]);
    // An interpreter place without a language needs no particular language.
    expect(checkAssignment(volunteer({ languages: [] }), position({ role: 'interpreter' }), none)).toEqual([]);
  });

  it('needs a safeguarding check for every role, and PVG/DBS for advisers and interpreters', () => {
    expect(REQUIRED_CHECKS.adviser).toEqual(['safeguarding', 'pvg-dbs']);
    expect(REQUIRED_CHECKS.interpreter).toEqual(['safeguarding', 'pvg-dbs']);
    expect(requiredChecks('receptionist')).toEqual(['safeguarding']);
    expect(requiredChecks('tea-maker')).toEqual(['safeguarding']);
    expect(requiredChecks('constructor')).toEqual(['safeguarding']);
    const noChecks = volunteer({ checks: [] });
    expect(only(checkAssignment(noChecks, position(), none))).toEqual([
      { code: 'check-missing', severity: 'hard', check: 'safeguarding' },
      { code: 'check-missing', severity: 'hard', check: 'pvg-dbs' },
    ]);
    expect(only(checkAssignment(noChecks, position({ role: 'receptionist' }), none))).toEqual([
      { code: 'check-missing', severity: 'hard', check: 'safeguarding' },
    ]);
  });

  it('stops a lapsed check, saying when it lapsed', () => {
    const lapsed = volunteer({
      checks: [
        { kind: 'safeguarding', date: '2023-03-03', expires: '2026-03-03' },
        { kind: 'pvg-dbs', date: '2025-01-10' },
      ],
    });
    expect(only(checkAssignment(lapsed, position(), none))).toEqual([
      { code: 'check-expired', severity: 'hard', check: 'safeguarding', on: '2026-03-03', beforeShift: false },
    ]);
    // Lapsing between today and the shift reads as a warning about this shift.
    const lapsing = volunteer({ checks: [{ kind: 'safeguarding', date: '2023-12-01', expires: '2026-12-01' }, { kind: 'pvg-dbs', date: '2025-01-10' }] });
    expect(checkAssignment(lapsing, position(), { shiftsOfVolunteer: [], today: '2026-11-24' })[0]).toEqual({
      code: 'check-expired',
      severity: 'hard',
      check: 'safeguarding',
      on: '2026-12-01',
      beforeShift: true,
    });
    // The expiry day itself no longer counts; the day before does.
    expect(checkAssignment(lapsing, position({ date: '2026-12-01' }), none)[0]?.code).toBe('check-expired');
    expect(checkAssignment(lapsing, position({ date: '2026-11-30', startTime: '10:00', endTime: '12:00' }), none)).toEqual([]);
    // A renewed check counts even when the old one is still listed.
    const renewed = volunteer({
      checks: [...lapsing.checks, { kind: 'safeguarding', date: '2026-11-20', expires: '2029-11-20' }],
    });
    expect(checkAssignment(renewed, position(), none)).toEqual([]);
  });

  it('does not count a check done after the shift', () => {
    const later = volunteer({ checks: [{ kind: 'safeguarding', date: '2026-12-10' }, { kind: 'pvg-dbs', date: '2025-01-10' }] });
    expect(only(checkAssignment(later, position(), none))).toEqual([
      { code: 'check-missing', severity: 'hard', check: 'safeguarding', datedAfter: '2026-12-10' },
    ]);
  });

  it('does not need immigration accreditation or data protection to be on a shift', () => {
    const v = volunteer({ checks: volunteer().checks.filter((c) => c.kind !== 'immigration-accreditation') });
    expect(checkAssignment(v, position(), none)).toEqual([]);
    for (const role of Object.keys(REQUIRED_CHECKS)) {
      expect(requiredChecks(role)).not.toContain('immigration-accreditation');
      expect(requiredChecks(role)).not.toContain('data-protection');
    }
  });

  it('stops an overlap with another shift that day, naming it', () => {
    const onJobClub = [shift({ id: 'jc', clinicId: 'c-job-club', startTime: '14:00', endTime: '16:00', role: 'job-club-helper' })];
    const names = new Map([['c-job-club', 'Job club']]);
    expect(only(checkAssignment(volunteer(), position({ startTime: '15:00', endTime: '17:00' }), { shiftsOfVolunteer: onJobClub, clinicNames: names }))).toEqual([
      { code: 'overlap', severity: 'hard', clinicName: 'Job club', role: 'job-club-helper', time: { from: '14:00', to: '16:00' } },
    ]);
    expect(checkAssignment(volunteer(), position(), { shiftsOfVolunteer: onJobClub, clinicNames: { 'c-job-club': 'Job club' } })[0]).toMatchObject({
      clinicName: 'Job club',
    });
    // Without clinic names only the role is known.
    expect(checkAssignment(volunteer(), position(), { shiftsOfVolunteer: onJobClub })[0]).toEqual({
      code: 'overlap',
      severity: 'hard',
      role: 'job-club-helper',
      time: { from: '14:00', to: '16:00' },
    });
    // Back to back is fine, and so is another day.
    expect(checkAssignment(volunteer(), position({ startTime: '16:00', endTime: '17:00' }), { shiftsOfVolunteer: onJobClub })).toEqual([]);
    expect(checkAssignment(volunteer(), position({ date: '2026-12-03' }), { shiftsOfVolunteer: onJobClub })).toEqual([]);
    // The position's own shift does not clash with itself.
    expect(checkAssignment(volunteer(), position({ shiftId: 'jc' }), { shiftsOfVolunteer: onJobClub })).toEqual([]);
  });

  it('flags a day outside the weekly pattern as soft', () => {
    const mondays = volunteer({ availability: [{ weekday: 0, from: '09:00', to: '17:00' }] });
    expect(only(checkAssignment(mondays, position(), none))).toEqual([
      { code: 'not-available', severity: 'soft', weekday: 2 },
    ]);
    const mornings = volunteer({ availability: [{ weekday: 2, from: '09:00', to: '13:00' }] });
    expect(checkAssignment(mornings, position(), none)[0]).toEqual({
      code: 'not-available',
      severity: 'soft',
      weekday: 2,
      usual: [{ from: '09:00', to: '13:00' }],
      shift: { from: '14:00', to: '16:00' },
    });
    const nothing = volunteer({ availability: [] });
    expect(checkAssignment(nothing, position(), none)[0]).toEqual({ code: 'not-available', severity: 'soft' });
    // Two windows that meet cover a shift across them.
    const split = volunteer({ availability: [{ weekday: 2, from: '09:00', to: '15:00' }, { weekday: 2, from: '15:00', to: '18:00' }] });
    expect(checkAssignment(split, position(), none)).toEqual([]);
  });

  it('flags dates away as soft', () => {
    const away = volunteer({ away: [{ from: '2026-11-28', to: '2026-12-06' }] });
    expect(only(checkAssignment(away, position(), none))).toEqual([
      { code: 'away', severity: 'soft', from: '2026-11-28', to: '2026-12-06' },
    ]);
    expect(checkAssignment(volunteer({ away: [{ from: '2026-12-02', to: '2026-12-02' }] }), position(), none)[0]).toEqual({ code: 'away', severity: 'soft', from: '2026-12-02', to: '2026-12-02' });
    expect(checkAssignment(volunteer({ away: [{ from: '2026-12-03', to: '2026-12-06' }] }), position(), none)).toEqual([]);
  });

  it('flags a full month as soft, counting only that month', () => {
    const four = ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22'].map((date, i) => shift({ id: `d${i}`, date }));
    const capped = volunteer({ maxShiftsPerMonth: 4 });
    expect(only(checkAssignment(capped, position(), { shiftsOfVolunteer: four }))).toEqual([
      { code: 'over-monthly-max', severity: 'soft', count: 4, max: 4, month: '2026-12' },
    ]);
    expect(checkAssignment(volunteer({ maxShiftsPerMonth: 1 }), position(), { shiftsOfVolunteer: [shift({ date: '2026-12-09' })] })[0]).toMatchObject({
      count: 1,
      max: 1,
    });
    expect(checkAssignment(volunteer({ maxShiftsPerMonth: 0 }), position(), none)[0]).toMatchObject({ code: 'over-monthly-max', count: 0, max: 0 });
    const november = four.map((s) => ({ ...s, date: s.date.replace('-12-', '-11-') }));
    expect(checkAssignment(capped, position(), { shiftsOfVolunteer: november })).toEqual([]);
    expect(checkAssignment(volunteer(), position(), { shiftsOfVolunteer: four })).toEqual([]);
  });

  it('lists hard problems before soft ones and tells them apart', () => {
    const problems = checkAssignment(volunteer({ active: false, away: [{ from: '2026-12-01', to: '2026-12-31' }] }), position(), none);
    expect(problems.map((p) => p.code)).toEqual(['inactive', 'away']);
    expect(isHard(problems)).toBe(true);
    expect(isHard(problems.filter((p) => p.severity === 'soft'))).toBe(false);
    expect(isHard([])).toBe(false);
  });
});
