/**
 * Properties of the rota solver on small generated forums (≤6 volunteers, ≤8 positions
 * over two weeks, random roles, languages, checks, availability, dates away, maxima and
 * existing shifts), checked against the rules themselves and a brute-force search.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OpenPosition } from '../../../../shared/rota/needs';
import { checkAssignment, type AssignedShiftLike } from '../../../../shared/rota/rules';
import { fillRota, fillRotaDetailed, type ExistingShift, type FillInput, type Proposal } from '../../../../shared/rota/solver';
import type { Volunteer } from '../../../../shared/schemas';
import { addDays } from '../../../../shared/schedule/dates';

const FIRST_DAY = '2026-11-30'; // a Monday; two weeks run to 13 December
const ROLES = ['receptionist', 'adviser', 'interpreter'] as const;
const LANGUAGES = ['ara', 'pol'] as const;
const LEVELS = ['basic', 'conversational', 'fluent', 'native'] as const;
const at = '2026-01-01T09:00:00.000Z';
const hour = (h: number): string => `${String(h).padStart(2, '0')}:00`;

const dayArb = fc.integer({ min: 0, max: 13 }).map((d) => addDays(FIRST_DAY, d));
/** Positions crowd onto a few days half the time, so volunteers compete for them. */
const positionDayArb = fc.oneof(fc.constantFrom(1, 2, 8).map((d) => addDays(FIRST_DAY, d)), dayArb);
const anyTimes = fc
  .tuple(fc.integer({ min: 9, max: 16 }), fc.integer({ min: 1, max: 4 }))
  .map(([start, length]) => ({ startTime: hour(start), endTime: hour(Math.min(18, start + length)) }));
/** Times whose overlaps always share a moment: a morning group and an afternoon group. */
const groupedTimes = fc.constantFrom(
  { startTime: '09:00', endTime: '12:00' },
  { startTime: '10:00', endTime: '12:00' },
  { startTime: '09:00', endTime: '11:00' },
  { startTime: '13:00', endTime: '17:00' },
  { startTime: '14:00', endTime: '16:00' },
);

/**
 * `mixed`: every rule comes into play (lapsed checks, days away, part-time availability…).
 * `contested`: everyone is allowed in principle, so the maxima and overlaps decide, and
 * the greedy start often needs the augmenting paths.
 */
type Mode = 'mixed' | 'contested';
const FULL_DAY = ['09:00', '18:00'] as const;

const volunteerArb = (i: number, mode: Mode): fc.Arbitrary<Volunteer> =>
  fc
    .record({
      roles: fc.subarray([...ROLES], { minLength: 1, maxLength: mode === 'contested' ? 2 : 3 }),
      languages: fc.uniqueArray(
        fc.record({ code: fc.constantFrom(...LANGUAGES), level: mode === 'contested' ? fc.constantFrom(...LEVELS.slice(1)) : fc.constantFrom(...LEVELS) }),
        { selector: (l) => l.code, maxLength: 2 },
      ),
      safeguarding: mode === 'contested' ? fc.constant('valid') : fc.constantFrom('valid', 'valid', 'valid', 'valid', 'valid', 'expired', 'missing'),
      pvg: mode === 'contested' ? fc.constant('valid') : fc.constantFrom('valid', 'valid', 'valid', 'valid', 'missing', 'expires-mid'),
      // Per weekday: usually the whole day, sometimes a morning or an afternoon, sometimes not at all.
      availability: fc.tuple(
        ...Array.from({ length: 7 }, () =>
          mode === 'contested' ? fc.constant(FULL_DAY) : fc.constantFrom(FULL_DAY, FULL_DAY, FULL_DAY, ['09:00', '13:00'] as const, ['12:00', '18:00'] as const, null),
        ),
      ),
      away: mode === 'contested' ? fc.constant(null) : fc.option(fc.tuple(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 5 })), { freq: 4 }),
      max: mode === 'contested' ? fc.option(fc.integer({ min: 1, max: 2 }), { freq: 5 }) : fc.option(fc.integer({ min: 1, max: 3 }), { freq: 2 }),
      active: mode === 'contested' ? fc.constant(true) : fc.constantFrom(true, true, true, true, true, true, false),
    })
    .map((r): Volunteer => ({
      id: `v${i}`,
      createdAt: at,
      updatedAt: at,
      name: `Volunteer ${i}`,
      roles: r.roles,
      languages: r.languages,
      checks: [
        ...(r.safeguarding === 'missing' ? [] : [{ kind: 'safeguarding' as const, date: '2025-01-01', expires: r.safeguarding === 'valid' ? '2028-01-01' : '2026-06-01' }]),
        ...(r.pvg === 'missing' ? [] : [{ kind: 'pvg-dbs' as const, date: '2024-01-01', expires: r.pvg === 'valid' ? '2027-01-01' : '2026-12-07' }]),
      ],
      availability: r.availability.flatMap((w, weekday) => (w ? [{ weekday, from: w[0]!, to: w[1]! }] : [])),
      away: r.away ? [{ from: addDays(FIRST_DAY, r.away[0]), to: addDays(FIRST_DAY, r.away[0] + r.away[1]) }] : [],
      ...(r.max === null ? {} : { maxShiftsPerMonth: r.max }),
      active: r.active,
    }));

const positionArb = (times: fc.Arbitrary<{ startTime: string; endTime: string }>, mode: Mode) =>
  fc
    .record({ date: mode === 'contested' ? fc.constantFrom(1, 2, 8).map((d) => addDays(FIRST_DAY, d)) : positionDayArb, times, role: fc.constantFrom(...ROLES), language: fc.option(fc.constantFrom(...LANGUAGES), { freq: 2 }), session: fc.integer({ min: 0, max: 3 }) })
    .map(({ date, times: t, role, language, session }): OpenPosition => ({
      sessionId: `s-${date}-${session}`,
      clinicId: `c${session}`,
      date,
      ...t,
      role,
      ...(role === 'interpreter' && language ? { language } : {}),
    }));

const forumArb = (times: fc.Arbitrary<{ startTime: string; endTime: string }>, mode: Mode = 'mixed'): fc.Arbitrary<FillInput> =>
  fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.record({
      volunteers: fc.tuple(...Array.from({ length: n }, (_, i) => volunteerArb(i + 1, mode))),
      positions: fc.array(positionArb(times, mode), { minLength: 1, maxLength: 8 }),
      assigned: fc.array(
        fc.record({ v: fc.integer({ min: 1, max: n }), date: dayArb, times: anyTimes }).map(({ v, date, times: t }, ) => ({ v, date, t })),
        { maxLength: 4 },
      ),
    }).map(({ volunteers, positions, assigned }) => ({
      volunteers,
      positions,
      assigned: assigned.map(({ v, date, t }, i): ExistingShift => ({ id: `existing-${i}`, date, ...t, role: 'receptionist', clinicId: 'c-other', volunteerId: `v${v}` })),
    })),
  );

const asShift = (proposal: Proposal, i: number): AssignedShiftLike => ({
  id: `proposed-${i}`,
  date: proposal.position.date,
  startTime: proposal.position.startTime,
  endTime: proposal.position.endTime,
  role: proposal.position.role,
  clinicId: proposal.position.clinicId,
});

/** The most positions any clean rota fills: every choice (nobody, or any volunteer) for every position. */
function bruteForceMaximum(input: FillInput): number {
  const { volunteers, positions, assigned } = input;
  const chosen = new Map<string, AssignedShiftLike[]>(volunteers.map((v) => [v.id, assigned.filter((s) => s.volunteerId === v.id)]));
  let best = 0;
  const visit = (i: number, filled: number): void => {
    if (filled + (positions.length - i) <= best) return;
    if (i === positions.length) {
      best = filled;
      return;
    }
    const position = positions[i]!;
    for (const volunteer of volunteers) {
      const theirs = chosen.get(volunteer.id)!;
      if (checkAssignment(volunteer, position, { shiftsOfVolunteer: theirs }).length > 0) continue;
      theirs.push({ id: `brute-${i}`, date: position.date, startTime: position.startTime, endTime: position.endTime, role: position.role, clinicId: position.clinicId });
      visit(i + 1, filled + 1);
      theirs.pop();
    }
    visit(i + 1, filled);
  };
  visit(0, 0);
  return best;
}

describe.each<Mode>(['mixed', 'contested'])('fillRota properties (%s forums)', (mode) => {
  it('proposes only clean assignments, given existing shifts and the proposals before each', () => {
    fc.assert(
      fc.property(forumArb(anyTimes, mode), (input) => {
        const proposals = fillRota(input);
        const byId = new Map(input.volunteers.map((v) => [v.id, v]));
        const taken = new Map<string, AssignedShiftLike[]>();
        const seen = new Set<OpenPosition>();
        proposals.forEach((proposal, i) => {
          expect(seen.has(proposal.position)).toBe(false);
          seen.add(proposal.position);
          expect(input.positions).toContain(proposal.position);
          const volunteer = byId.get(proposal.volunteerId)!;
          const theirs = [...input.assigned.filter((s) => s.volunteerId === volunteer.id), ...(taken.get(volunteer.id) ?? [])];
          expect(checkAssignment(volunteer, proposal.position, { shiftsOfVolunteer: theirs })).toEqual([]);
          taken.set(volunteer.id, [...(taken.get(volunteer.id) ?? []), asShift(proposal, i)]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic, whatever order the volunteers come in', () => {
    fc.assert(
      fc.property(forumArb(anyTimes, mode), (input) => {
        const first = fillRota(input);
        expect(fillRota(input)).toEqual(first);
        expect(fillRota({ ...input, volunteers: [...input.volunteers].reverse() })).toEqual(first);
        // Same count whatever order the positions come in (it is the maximum either way).
        expect(fillRota({ ...input, positions: [...input.positions].reverse() })).toHaveLength(first.length);
      }),
      { numRuns: 150 },
    );
  });

  it('fills as many positions as the brute-force maximum, with any times', () => {
    fc.assert(
      fc.property(forumArb(anyTimes, mode), (input) => {
        const { proposals, stats } = fillRotaDetailed(input);
        const maximum = bruteForceMaximum(input);
        expect(proposals).toHaveLength(maximum);
        expect(stats.provedMaximum).toBe(true);
        expect(stats.upperBound).toBe(maximum);
      }),
      { numRuns: 400 },
    );
  });

  it('reaches the maximum by greedy and augmenting paths alone when overlapping times share a moment', () => {
    fc.assert(
      fc.property(forumArb(groupedTimes, mode), (input) => {
        const { proposals, stats } = fillRotaDetailed(input, { exactComponentLimit: 0 });
        expect(proposals).toHaveLength(bruteForceMaximum(input));
        expect(stats.afterAugmenting).toBe(proposals.length);
        expect(stats.exactComponents).toBe(0);
        expect(stats.provedMaximum).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never claims more than is possible, nor a maximum it has not reached, without the exact search', () => {
    fc.assert(
      fc.property(forumArb(anyTimes, mode), (input) => {
        const { proposals, stats } = fillRotaDetailed(input, { exactComponentLimit: 0 });
        const maximum = bruteForceMaximum(input);
        expect(proposals.length).toBeLessThanOrEqual(maximum);
        expect(stats.upperBound).toBeGreaterThanOrEqual(maximum);
        if (stats.provedMaximum) expect(proposals).toHaveLength(maximum);
      }),
      { numRuns: 400 },
    );
  });
});
