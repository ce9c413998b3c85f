import { describe, expect, it } from 'vitest';
import { checkAssignment } from '../../../../shared/rota/rules';
import { fillRota, fillRotaDetailed, NOMINAL_MONTHLY_SHIFTS } from '../../../../shared/rota/solver';
import { position, shift, volunteer } from './helpers';

const interpreter = (id: string, level: 'conversational' | 'fluent' | 'native') =>
  volunteer({ id, roles: ['interpreter'], languages: [{ code: 'ara', level }] });

describe('fillRota', () => {
  it('proposes nothing when nobody can take a position cleanly', () => {
    const away = volunteer({ away: [{ from: '2026-12-01', to: '2026-12-31' }] });
    expect(fillRota({ volunteers: [away, volunteer({ id: 'v2', active: false })], positions: [position()], assigned: [] })).toEqual([]);
  });

  it('prefers the best speaker for a language position', () => {
    const arabic = position({ role: 'interpreter', language: 'ara' });
    const volunteers = [interpreter('a', 'conversational'), interpreter('b', 'native'), interpreter('c', 'fluent')];
    expect(fillRota({ volunteers, positions: [arabic], assigned: [] })).toEqual([{ position: arabic, volunteerId: 'b' }]);
  });

  it('spreads shifts: fewest this month relative to their maximum, then the lower id', () => {
    const busy = volunteer({ id: 'a', maxShiftsPerMonth: 4 });
    const quiet = volunteer({ id: 'b', maxShiftsPerMonth: 4 });
    const existing = [shift({ id: 'e1', date: '2026-12-01', volunteerId: 'a' })];
    expect(fillRota({ volunteers: [busy, quiet], positions: [position()], assigned: existing })[0]?.volunteerId).toBe('b');
    // Equal load: the lower id.
    expect(fillRota({ volunteers: [quiet, busy], positions: [position()], assigned: [] })[0]?.volunteerId).toBe('a');
    // Relative to the maximum: 1 of 8 is less loaded than 1 of 2.
    const small = volunteer({ id: 'a', maxShiftsPerMonth: 2 });
    const large = volunteer({ id: 'b', maxShiftsPerMonth: 8 });
    const both = [shift({ id: 'e1', date: '2026-12-01', volunteerId: 'a' }), shift({ id: 'e2', date: '2026-12-01', volunteerId: 'b' })];
    expect(fillRota({ volunteers: [small, large], positions: [position()], assigned: both })[0]?.volunteerId).toBe('b');
    expect(NOMINAL_MONTHLY_SHIFTS).toBe(8);
  });

  it('shares a month of identical positions evenly', () => {
    const dates = ['2026-12-02', '2026-12-09', '2026-12-16', '2026-12-23', '2026-12-30', '2026-12-07'];
    const positions = dates.map((date, i) => position({ date, sessionId: `s${i}` }));
    const volunteers = ['a', 'b', 'c'].map((id) => volunteer({ id }));
    const proposals = fillRota({ volunteers, positions, assigned: [] });
    expect(proposals).toHaveLength(6);
    const counts = ['a', 'b', 'c'].map((id) => proposals.filter((p) => p.volunteerId === id).length);
    expect(counts).toEqual([2, 2, 2]);
  });

  it('counts existing shifts against the monthly maximum', () => {
    const capped = volunteer({ id: 'a', maxShiftsPerMonth: 2 });
    const existing = [shift({ id: 'e1', date: '2026-12-01', volunteerId: 'a' })];
    const positions = [position({ date: '2026-12-02' }), position({ date: '2026-12-09', sessionId: 's2' })];
    expect(fillRota({ volunteers: [capped], positions, assigned: existing })).toHaveLength(1);
    // November's shifts do not count against December.
    const november = [shift({ id: 'e1', date: '2026-11-30', volunteerId: 'a' })];
    expect(fillRota({ volunteers: [capped], positions, assigned: november })).toHaveLength(2);
  });

  it('lets a shift being refilled not count against itself', () => {
    const capped = volunteer({ id: 'a', maxShiftsPerMonth: 1 });
    const existing = [shift({ id: 'x', date: '2026-12-02', startTime: '14:00', endTime: '16:00', role: 'adviser', volunteerId: 'a' })];
    const refill = position({ shiftId: 'x' });
    expect(fillRota({ volunteers: [capped], positions: [refill], assigned: existing })).toEqual([{ position: refill, volunteerId: 'a' }]);
    expect(fillRota({ volunteers: [capped], positions: [position()], assigned: existing })).toEqual([]);
  });

  it('never puts one person on two overlapping positions, nor over an existing shift', () => {
    const positions = [position({ sessionId: 'x', role: 'adviser' }), position({ sessionId: 'y', role: 'receptionist', startTime: '15:00', endTime: '17:00' })];
    expect(fillRota({ volunteers: [volunteer()], positions, assigned: [] })).toHaveLength(1);
    const existing = [shift({ startTime: '13:00', endTime: '15:00', volunteerId: 'v1' })];
    expect(fillRota({ volunteers: [volunteer()], positions: [position()], assigned: existing })).toEqual([]);
  });

  it('fills the most-constrained position first', () => {
    // "a-arabic" is first by id and equally loaded, but the Arabic position has no one else.
    const english = volunteer({ id: 'b-english', roles: ['adviser'], languages: [{ code: 'eng', level: 'native' }] });
    const arabicSpeaker = volunteer({ id: 'a-arabic', roles: ['adviser', 'interpreter'], languages: [{ code: 'ara', level: 'native' }] });
    const plain = position({ sessionId: 'p' });
    const arabic = position({ sessionId: 'q', role: 'interpreter', language: 'ara' });
    const result = fillRotaDetailed({ volunteers: [english, arabicSpeaker], positions: [plain, arabic], assigned: [] });
    expect(result.proposals).toEqual([
      { position: plain, volunteerId: 'b-english' },
      { position: arabic, volunteerId: 'a-arabic' },
    ]);
    expect(result.stats.afterGreedy).toBe(2);
  });

  it('moves people along an augmenting path when the greedy start leaves a position empty', () => {
    // The greedy start gives the adviser place to "v2" (the only adviser) and the morning
    // reception to "v1" (less loaded); then nobody is left for the afternoon reception:
    // "v1" is at their maximum of 1 and "v2" is on the overlapping adviser shift.
    // The path: v1 takes the afternoon, v2 takes the morning (still under their maximum of 2).
    const v1 = volunteer({ id: 'v1', roles: ['receptionist', 'interpreter'], maxShiftsPerMonth: 1 });
    const v2 = volunteer({ id: 'v2', roles: ['receptionist', 'adviser'], maxShiftsPerMonth: 2 });
    const adviser = position({ sessionId: 'c2', date: '2026-12-08', startTime: '13:00', endTime: '17:00', role: 'adviser' });
    const afternoon = position({ sessionId: 'c3', date: '2026-12-08', startTime: '14:00', endTime: '16:00', role: 'receptionist' });
    const morning = position({ sessionId: 'c1', date: '2026-12-08', startTime: '09:00', endTime: '11:00', role: 'receptionist' });
    const { proposals, stats } = fillRotaDetailed({ volunteers: [v1, v2], positions: [adviser, afternoon, morning], assigned: [] }, { exactComponentLimit: 0 });
    expect(stats).toMatchObject({ afterGreedy: 2, afterAugmenting: 3, filled: 3, provedMaximum: true });
    expect(proposals.map((p) => [p.position.sessionId, p.volunteerId])).toEqual([
      ['c2', 'v2'],
      ['c3', 'v1'],
      ['c1', 'v2'],
    ]);
  });

  it('takes two positions that only chain through a third (10–13 and 14–16 around 10–15)', () => {
    const morning = position({ sessionId: 'm', startTime: '10:00', endTime: '13:00' });
    const long = position({ sessionId: 'l', startTime: '10:00', endTime: '15:00' });
    const afternoon = position({ sessionId: 'a', startTime: '14:00', endTime: '16:00' });
    const { proposals, stats } = fillRotaDetailed({ volunteers: [volunteer()], positions: [long, morning, afternoon], assigned: [] });
    expect(proposals.map((p) => p.position.sessionId).sort()).toEqual(['a', 'm']);
    expect(stats).toMatchObject({ afterAugmenting: 1, afterTopUp: 2, provedMaximum: true });
  });

  it('finishes small problems exactly when chained times fool the flow model', () => {
    // 10–14 comes first and blocks both 11–13 and 13–14, which could be taken together.
    const long = position({ sessionId: 'long', startTime: '10:00', endTime: '14:00' });
    const late = position({ sessionId: 'late', startTime: '13:00', endTime: '14:00' });
    const middle = position({ sessionId: 'middle', startTime: '11:00', endTime: '13:00' });
    const input = { volunteers: [volunteer({ maxShiftsPerMonth: 2 })], positions: [long, late, middle], assigned: [] };
    const heuristic = fillRotaDetailed(input, { exactComponentLimit: 0 });
    expect(heuristic.proposals.map((p) => p.position.sessionId)).toEqual(['long']);
    expect(heuristic.stats).toMatchObject({ filled: 1, upperBound: 2, provedMaximum: false });
    const exact = fillRotaDetailed(input);
    expect(exact.proposals.map((p) => p.position.sessionId)).toEqual(['late', 'middle']);
    expect(exact.stats).toMatchObject({ filled: 2, upperBound: 2, provedMaximum: true, exactComponents: 1 });
  });

  it('reports what it did', () => {
    const { stats } = fillRotaDetailed({ volunteers: [volunteer(), volunteer({ id: 'v2', active: false })], positions: [position(), position({ role: 'coordinator' })], assigned: [] });
    expect(stats).toMatchObject({ positions: 2, fillable: 1, filled: 1, upperBound: 1, provedMaximum: true, eligiblePairs: 1 });
  });

  it('gives clean proposals for the demo forum’s next month, deterministically', async () => {
    const { generateForum } = await import('../../../../shared/demo/generate');
    const { openSlots } = await import('../../../../shared/rota/needs');
    const forum = generateForum({ seed: 7, scale: 'demo', today: '2026-11-24' });
    const december = (d: string) => d.startsWith('2026-12');
    const sessions = forum.sessions.filter((s) => december(s.date));
    const positions = openSlots(sessions, forum.clinics, forum.appointments, forum.shifts.filter((s) => december(s.date)));
    const assigned = forum.shifts.filter((s) => s.volunteerId);
    const input = { volunteers: forum.volunteers, positions, assigned };
    const proposals = fillRota(input);
    expect(proposals.length).toBeGreaterThan(0);
    expect(fillRota(input)).toEqual(proposals);
    const byId = new Map(forum.volunteers.map((v) => [v.id, v]));
    const taken = new Map<string, typeof assigned>();
    for (const proposal of proposals) {
      const theirs = [...assigned.filter((s) => s.volunteerId === proposal.volunteerId), ...(taken.get(proposal.volunteerId) ?? [])];
      expect(checkAssignment(byId.get(proposal.volunteerId)!, proposal.position, { shiftsOfVolunteer: theirs })).toEqual([]);
      const as = { ...theirs[0]!, id: `p-${taken.size}-${theirs.length}`, ...proposal.position, volunteerId: proposal.volunteerId };
      taken.set(proposal.volunteerId, [...(taken.get(proposal.volunteerId) ?? []), as]);
    }
  });
});
