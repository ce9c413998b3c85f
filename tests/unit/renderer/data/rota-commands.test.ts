// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import {
  acceptProposals,
  assignShift,
  AssignmentRefusedError,
  CommandRefusedError,
  createClinic,
  loadRotaMonth,
  recordAttendance,
  shiftsOfSession,
  unassignShift,
  ValidationError,
  volunteers,
} from '../../../../renderer/data';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { freshDatabase, validClinic } from './fresh-database';
import { wordedRejection } from '../../support/worded-error';
import { wordMessage } from '../../../../renderer/i18n';

const TODAY = '2026-11-24';
let database: SignpostDatabase;
beforeEach(() => {
  database = freshDatabase();
});

const allWeek = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, from: '08:00', to: '20:00' }));
const checks = [
  { kind: 'safeguarding' as const, date: '2025-01-01' },
  { kind: 'pvg-dbs' as const, date: '2025-01-01' },
];

async function setUp() {
  await createClinic({ ...validClinic, startDate: TODAY, roles: [{ role: 'adviser', count: 1 }] }, TODAY);
  const ana = await volunteers.create({ name: 'Ana Silva', roles: ['adviser'], checks, availability: allWeek });
  const ben = await volunteers.create({ name: 'Ben Okafor', roles: ['adviser'], checks: [{ kind: 'pvg-dbs', date: '2025-01-01' }], availability: allWeek });
  const dan = await volunteers.create({ name: 'Dan Murphy', roles: ['adviser'], checks, availability: [] });
  const rota = await loadRotaMonth('2026-12');
  return { ana, ben, dan, rota };
}

describe('assigning', () => {
  it('refuses a hard problem outright and a soft one without a reason, writing nothing', async () => {
    const { ben, dan, rota } = await setUp();
    const position = rota.positions[0]!;
    await expect(assignShift(position, ben.id, TODAY)).rejects.toMatchObject({
      volunteerName: 'Ben Okafor',
      needsReason: false,
      problems: [{ code: 'check-missing', check: 'safeguarding', severity: 'hard' }],
    });
    expect(await wordedRejection(assignShift(position, ben.id, TODAY))).toBe('\u2068Ben Okafor\u2069 cannot take this shift.');
    await expect(assignShift(position, ben.id, TODAY, 'We need him')).rejects.toThrow(CommandRefusedError);
    await expect(assignShift(position, dan.id, TODAY)).rejects.toMatchObject({ volunteerName: 'Dan Murphy', needsReason: true, problems: [{ code: 'not-available' }] });
    expect(await wordedRejection(assignShift(position, dan.id, TODAY))).toBe('Give a reason to assign \u2068Dan Murphy\u2069 anyway.');
    await expect(assignShift(position, dan.id, TODAY)).rejects.toBeInstanceOf(AssignmentRefusedError);
    expect(await database.shifts.count()).toBe(0);
    const shift = await assignShift(position, dan.id, TODAY, 'Free that day after all');
    expect(shift).toMatchObject({ volunteerId: dan.id, overrideReason: 'Free that day after all', role: 'adviser' });
  });

  it('a held place cannot be taken twice, and freeing it reopens it', async () => {
    const { ana, rota } = await setUp();
    const first = await assignShift(rota.positions[0]!, ana.id, TODAY);
    const again = (await loadRotaMonth('2026-12')).positions.length;
    expect(again).toBe(rota.positions.length - 1);
    await unassignShift(first.id);
    const reopened = await loadRotaMonth('2026-12');
    expect(reopened.positions.find((p) => p.shiftId === first.id)).toBeDefined();
  });
});

describe('accepting a proposal', () => {
  it('keeps the proposals that still fit and leaves out one that no longer does', async () => {
    const { ana, ben, rota } = await setUp();
    const [a, b] = rota.positions;
    const result = await acceptProposals(
      [
        { position: a!, volunteerId: ana.id },
        { position: b!, volunteerId: ben.id },
      ],
      { date: TODAY, time: '08:00' },
    );
    expect(result).toEqual({ accepted: 1, leftOut: 1 });
    expect(await database.shifts.count()).toBe(1);
  });
});

describe('filling is about shifts still ahead', () => {
  it('leaves out a proposal whose shift ended before it was accepted', async () => {
    const { ana, rota } = await setUp();
    const [first, second] = rota.positions;
    // The first December session (10:00 to 13:00) is over by 13:00 on its own day.
    const afterIt = { date: first!.date, time: '13:00' };
    const result = await acceptProposals(
      [
        { position: first!, volunteerId: ana.id },
        { position: second!, volunteerId: ana.id },
      ],
      afterIt,
    );
    expect(result).toEqual({ accepted: 1, leftOut: 1 });
    const [held] = await database.shifts.toArray();
    expect(held?.date).toBe(second!.date);
  });
});

describe('volunteer records', () => {
  it('refuse a check that expires before it was done, with the message on that check', async () => {
    const refusal = await volunteers.create({ name: 'Zoe', checks: [{ kind: 'safeguarding', date: '2026-01-10', expires: '2025-01-10' }] }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).problems.map((p) => ({ ...p, message: wordMessage(p.message) }))).toEqual([{ path: 'checks.0.expires', message: 'The expiry date must be after the date it was done' }]);
    expect(await database.volunteers.count()).toBe(0);
  });
});

describe('attendance', () => {
  it('records who came and their hours for the whole session at once', async () => {
    const { ana, rota } = await setUp();
    const shift = await assignShift(rota.positions[0]!, ana.id, TODAY);
    await recordAttendance([{ shiftId: shift.id, attended: true, hoursWorked: 2.5 }]);
    expect(await shiftsOfSession(shift.sessionId)).toEqual([expect.objectContaining({ attended: true, hoursWorked: 2.5 })]);
    await recordAttendance([{ shiftId: shift.id, attended: false }]);
    const [after] = await shiftsOfSession(shift.sessionId);
    expect(after?.attended).toBe(false);
    expect(after?.hoursWorked).toBeUndefined();
  });
});
