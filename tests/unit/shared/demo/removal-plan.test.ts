import { describe, expect, it } from 'vitest';
import { planDemoRemoval, type TableRecords } from '../../../../shared/demo/removal-plan';

const empty: TableRecords = {
  clients: [], clinics: [], sessions: [], appointments: [], adviceEntries: [], services: [], referrals: [], volunteers: [], shifts: [],
};

describe('planning the removal of demo data', () => {
  it('removes every demo record when nothing of the forum’s own points at them', () => {
    const plan = planDemoRemoval({
      ...empty,
      clients: [{ id: 'real' }, { id: 'd1', demo: true }],
      clinics: [{ id: 'c1', demo: true }],
      sessions: [{ id: 's1', demo: true, clinicId: 'c1' }],
      appointments: [{ id: 'a1', demo: true, sessionId: 's1', clientId: 'd1', clinicId: 'c1' }],
    });
    expect(plan.remove).toMatchObject({ clients: ['d1'], clinics: ['c1'], sessions: ['s1'], appointments: ['a1'] });
    expect(Object.values(plan.keep).flat()).toEqual([]);
  });

  it('keeps a demo session and its clinic under a real booking, but not the demo bookings beside it', () => {
    const plan = planDemoRemoval({
      ...empty,
      clients: [{ id: 'real' }, { id: 'd1', demo: true }],
      clinics: [{ id: 'c1', demo: true }, { id: 'c2', demo: true }],
      sessions: [{ id: 's1', demo: true, clinicId: 'c1' }, { id: 's2', demo: true, clinicId: 'c2' }],
      appointments: [
        { id: 'mine', sessionId: 's1', clientId: 'real', clinicId: 'c1' },
        { id: 'a1', demo: true, sessionId: 's1', clientId: 'd1', clinicId: 'c1' },
      ],
    });
    expect(plan.keep).toMatchObject({ sessions: ['s1'], clinics: ['c1'], clients: [] });
    expect(plan.remove).toMatchObject({ sessions: ['s2'], clinics: ['c2'], appointments: ['a1'], clients: ['d1'] });
  });

  it('follows a chain: a real referral keeps the demo advice entry it came from, and that entry’s demo client', () => {
    const plan = planDemoRemoval({
      ...empty,
      clients: [{ id: 'd1', demo: true }],
      services: [{ id: 'svc', demo: true }],
      adviceEntries: [{ id: 'e1', demo: true, clientId: 'd1' }],
      referrals: [{ id: 'mine', clientId: 'd1', serviceId: 'svc', adviceEntryId: 'e1' }],
    });
    expect(plan.keep).toMatchObject({ clients: ['d1'], services: ['svc'], adviceEntries: ['e1'] });
    expect(Object.values(plan.remove).flat()).toEqual([]);
  });
});
