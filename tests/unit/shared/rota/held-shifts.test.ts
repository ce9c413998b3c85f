import { describe, expect, it } from 'vitest';
import { heldShiftProblems, shiftsAtRisk, type HeldShiftLike } from '../../../../shared/rota/held-shifts';
import { volunteer } from './helpers';

/** Ana's adviser shift on Wednesday 2 December 2026, 14:00–16:00. */
const held = (overrides: Partial<HeldShiftLike> = {}): HeldShiftLike => ({
  id: 'sh1',
  date: '2026-12-02',
  startTime: '14:00',
  endTime: '16:00',
  role: 'adviser',
  clinicId: 'c-benefits',
  volunteerId: 'v1',
  ...overrides,
});
const TODAY = '2026-11-24';

describe('heldShiftProblems', () => {
  it('is empty while the volunteer still fits', () => {
    expect(heldShiftProblems(held(), volunteer(), TODAY)).toEqual([]);
  });

  it('flags a check that lapses before the shift, given after the shift was assigned', () => {
    const lapsing = volunteer({ checks: [{ kind: 'safeguarding', date: '2025-01-10', expires: '2026-11-30' }, { kind: 'pvg-dbs', date: '2025-01-10' }] });
    const problems = heldShiftProblems(held(), lapsing, TODAY);
    expect(problems.map((p) => p.code)).toEqual(['check-expired']);
    expect(problems[0]).toMatchObject({ check: 'safeguarding', on: '2026-11-30', beforeShift: true });
  });

  it('flags a volunteer without a safeguarding check on an adviser shift', () => {
    const unchecked = volunteer({ checks: [{ kind: 'pvg-dbs', date: '2025-01-10' }] });
    expect(heldShiftProblems(held(), unchecked, TODAY).map((p) => p.code)).toEqual(['check-missing']);
  });

  it('flags a volunteer who has since become unavailable, unless the shift was given with a reason', () => {
    const away = volunteer({ away: [{ from: '2026-12-01', to: '2026-12-05' }] });
    expect(heldShiftProblems(held(), away, TODAY).map((p) => p.code)).toEqual(['away']);
    expect(heldShiftProblems(held({ overrideReason: 'Back early, confirmed' }), away, TODAY)).toEqual([]);
    const retired = volunteer({ active: false });
    expect(heldShiftProblems(held({ overrideReason: 'Back early, confirmed' }), retired, TODAY).map((p) => p.code)).toEqual(['inactive']);
  });

  it('does not re-raise the rota’s own choices (monthly maximum), and flags a missing volunteer', () => {
    expect(heldShiftProblems(held(), volunteer({ maxShiftsPerMonth: 0 }), TODAY)).toEqual([]);
    expect(heldShiftProblems(held(), undefined, TODAY)).toEqual([{ code: 'inactive', severity: 'hard', missing: true }]);
    expect(heldShiftProblems(held({ volunteerId: undefined }), undefined, TODAY)).toEqual([]);
  });
});

describe('shiftsAtRisk', () => {
  const unchecked = volunteer({ id: 'v2', checks: [] });
  const shifts = [held({ id: 'later', date: '2026-12-09', volunteerId: 'v2' }), held({ id: 'fine' }), held({ id: 'soon', volunteerId: 'v2' }), held({ id: 'open', volunteerId: undefined })];

  it('lists the held shifts whose volunteer no longer fits, soonest first', () => {
    expect(shiftsAtRisk(shifts, [volunteer(), unchecked], { date: TODAY, time: '09:00' }).map((r) => r.shift.id)).toEqual(['soon', 'later']);
  });

  it('leaves out shifts that have ended', () => {
    expect(shiftsAtRisk(shifts, [volunteer(), unchecked], { date: '2026-12-02', time: '16:00' }).map((r) => r.shift.id)).toEqual(['later']);
  });
});
