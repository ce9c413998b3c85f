// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { adviceEntries, appointments, clients, CommandRefusedError, createReferral, loadDemoData, referrals, removeDemoData } from '../../../../renderer/data';
import { isDemoDataLoaded } from '../../../../renderer/data/demo-data';
import { tableCounts } from '../../../../renderer/data/repositories/counts';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import type { ForumDataset } from '../../../../shared/demo/dataset';
import { generateForum } from '../../../../shared/demo/generate';
import { freshDatabase, validClient } from './fresh-database';

let database: SignpostDatabase;
beforeEach(() => {
  database = freshDatabase();
});

describe('demo data', () => {
  it('loads a whole forum into every table, once, and removes only demo records', async () => {
    const own = await clients.create(validClient('Our own client'));
    const loaded = await loadDemoData(generateForum, '2026-11-24');
    const counts = await tableCounts();
    expect(counts.clients).toBe(loaded.clients! + 1);
    for (const table of ['clinics', 'sessions', 'appointments', 'adviceEntries', 'services', 'referrals', 'volunteers', 'shifts'] as const) {
      expect(counts[table]).toBeGreaterThan(0);
    }
    expect(await isDemoDataLoaded()).toBe(true);
    await expect(loadDemoData(generateForum, '2026-11-24')).rejects.toBeInstanceOf(CommandRefusedError);

    await removeDemoData();
    const after = await tableCounts();
    expect(after.clients).toBe(1);
    expect(Object.values(after).reduce((a, b) => a + b, 0)).toBe(1);
    expect((await clients.get(own.id))?.name).toBe('Our own client');
    expect(await isDemoDataLoaded()).toBe(false);
    expect((await database.auditLog.orderBy('at').toArray()).map((e) => e.action)).toEqual(['load-demo-data', 'remove-demo-data']);
  });

  it('never deletes the forum’s own records that point at demo records, and keeps the demo records they need', async () => {
    const own = await clients.create(validClient('Our own client'));
    await loadDemoData(generateForum, '2026-11-24');
    const [demoClient] = (await clients.list()).filter((c) => c.demo === true);
    const [demoSession] = await database.sessions.filter((s) => s.date >= '2026-11-24').limit(1).toArray();
    const [demoService] = await database.services.filter((s) => s.demo === true).limit(1).toArray();
    // A real booking in a demo session, a real referral to a demo service, and real advice
    // given to a demo client while trying the demo out.
    const booking = await appointments.create({ sessionId: demoSession!.id, clientId: own.id, kind: 'walk-in' });
    const referral = await createReferral(
      { clientId: own.id, serviceId: demoService!.id, reasonCategory: 'housing', date: '2026-11-24', sharedFields: [] },
      false,
    );
    const advice = await adviceEntries.create({ clientId: demoClient!.id, date: '2026-11-24', adviserName: 'Fatima', categories: ['housing'], outcome: 'advice-given', minutes: 20 });

    const result = await removeDemoData();

    expect(await appointments.get(booking.id)).toBeDefined();
    expect(await referrals.get(referral.id)).toBeDefined();
    expect(await adviceEntries.get(advice.id)).toBeDefined();
    // What they point at is still there, so each reads whole.
    expect(await database.sessions.get(demoSession!.id)).toBeDefined();
    expect(await database.clinics.get(demoSession!.clinicId)).toBeDefined();
    expect(await database.services.get(demoService!.id)).toBeDefined();
    expect(await database.clients.get(demoClient!.id)).toBeDefined();
    expect(result.kept).toMatchObject({ sessions: 1, clinics: 1, services: 1, clients: 1 });
    // Everything else made up is gone.
    const after = await tableCounts();
    expect(after).toMatchObject({ clients: 2, sessions: 1, clinics: 1, services: 1, appointments: 1, referrals: 1, adviceEntries: 1, volunteers: 0, shifts: 0 });
    const logged = (await database.auditLog.orderBy('at').toArray()).at(-1)!;
    expect(logged.detail).toMatchObject({ 'kept sessions': 1, 'kept services': 1 });
  });

  it('writes nothing at all when the load fails part-way', async () => {
    const clashing = (options: Parameters<typeof generateForum>[0]): ForumDataset => {
      const forum = generateForum(options);
      // The last table written holds a record with no key: IndexedDB refuses it after
      // every other table has been written inside the transaction.
      const keyless = { ...forum.shifts[0]!, id: undefined as unknown as string };
      return { ...forum, shifts: [...forum.shifts, keyless] };
    };
    await expect(loadDemoData(clashing, '2026-11-24')).rejects.toThrow();
    const counts = await tableCounts();
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(0);
    expect(await database.auditLog.count()).toBe(0);
  });
});
