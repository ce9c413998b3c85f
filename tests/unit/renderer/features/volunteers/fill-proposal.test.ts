/**
 * What the rota-fill worker is given: volunteers reduced to what the rules read. Their
 * names and contact details never cross to the worker, and the proposal is the same as
 * the solver makes from the whole records.
 */
import { describe, expect, it } from 'vitest';
import { rulesView } from '../../../../../renderer/features/volunteers/rota/use-fill-proposal';
import { generateForum } from '../../../../../shared/demo/generate';
import { fillRotaDetailed } from '../../../../../shared/rota/solver';
import { openSlots } from '../../../../../shared/rota/needs';

const forum = generateForum({ seed: 5, scale: 'demo', today: '2026-11-24' });

describe('the rota fill worker’s input', () => {
  it('holds no name, phone or email, and gives the same proposal as the whole records', () => {
    const month = forum.sessions.filter((s) => s.date.startsWith('2026-12'));
    const positions = openSlots(month, forum.clinics, forum.appointments, forum.shifts);
    expect(positions.length).toBeGreaterThan(10);
    const assigned = forum.shifts.filter((s) => s.volunteerId !== undefined);
    const posted = structuredClone(forum.volunteers.map(rulesView));
    const text = JSON.stringify(posted);
    for (const v of forum.volunteers) {
      expect(text).not.toContain(v.name);
      if (v.phone) expect(text).not.toContain(v.phone);
      if (v.email) expect(text).not.toContain(v.email);
    }
    const whole = fillRotaDetailed({ volunteers: forum.volunteers, positions, assigned });
    expect(whole.proposals.length).toBeGreaterThan(0);
    expect(fillRotaDetailed({ volunteers: posted, positions, assigned })).toEqual(whole);
  });
});
