// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { adviceEntries, appointments, clients, CommandRefusedError, loadDemoData, removeDemoData } from '../../../../renderer/data';
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

  it('takes with it what was made while trying the demo out, and keeps the forum’s own records', async () => {
    const own = await clients.create(validClient('Our own client'));
    await loadDemoData(generateForum, '2026-11-24');
    const [demoClient] = (await clients.list()).filter((c) => c.demo === true);
    const [demoSession] = await database.sessions.filter((s) => s.date >= '2026-11-24').limit(1).toArray();
    // A booking of our own client into a demo session, and advice for a demo client.
    await appointments.create({ sessionId: demoSession!.id, clientId: own.id, kind: 'walk-in' });
    await adviceEntries.create({ clientId: demoClient!.id, date: '2026-11-24', adviserName: 'Fatima', categories: ['housing'], outcome: 'advice-given', minutes: 20 });
    await adviceEntries.create({ clientId: own.id, date: '2026-11-24', adviserName: 'Fatima', categories: ['housing'], outcome: 'advice-given', minutes: 20 });

    await removeDemoData();
    const after = await tableCounts();
    expect(after).toMatchObject({ clients: 1, appointments: 0, adviceEntries: 1, sessions: 0 });
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
