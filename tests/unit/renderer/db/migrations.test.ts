// @vitest-environment node
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SignpostDatabase } from '../../../../renderer/db/database';
import { VERSIONS } from '../../../../renderer/db/versions';
import { firstContactsOf } from '../../../../shared/report/first-contact';
import { demoForum } from '../../../fixtures/forum';
import { migrate } from './migration-harness';

describe('database versions', () => {
  it('version 1 creates every table with the indexes queries need, and none on personal fields', async () => {
    const database = new SignpostDatabase('v1', { indexedDB: new IDBFactory(), IDBKeyRange }, 1);
    await database.open();
    const tables = Object.fromEntries(database.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.name).sort()]));
    expect(Object.keys(tables).sort()).toEqual(
      ['adviceEntries', 'appointments', 'auditLog', 'clients', 'clinics', 'referrals', 'services', 'sessions', 'settings', 'shifts', 'volunteers'],
    );
    expect(tables.appointments).toEqual(['[clinicId+date]', 'clientId', 'date', 'sessionId']);
    const indexed = Object.values(tables).flat();
    for (const personal of ['name', 'nameLatin', 'phone', 'email', 'notes', 'actions', 'details']) expect(indexed).not.toContain(personal);
    database.close();
  });

  it('keeps data seeded at version 1 intact when reopened at the latest version', async () => {
    const forum = demoForum();
    const database = await migrate({
      from: 1,
      seed: async (v1) => {
        await v1.clients.bulkAdd(forum.clients);
        await v1.appointments.bulkAdd(forum.appointments);
      },
    });
    expect(database.verno).toBe(VERSIONS[VERSIONS.length - 1]!.version);
    expect(await database.clients.count()).toBe(forum.clients.length);
    expect(await database.clients.get(forum.clients[5]!.id)).toEqual(forum.clients[5]);
    expect(await database.appointments.where('clientId').equals(forum.clients[0]!.id).count()).toBe(
      forum.appointments.filter((a) => a.clientId === forum.clients[0]!.id).length,
    );
    database.close();
  });

  it('version 2 adds the sign-in and key tables, empty, and keeps version 1 data', async () => {
    const forum = demoForum();
    const database = await migrate({
      from: 1,
      to: 2,
      seed: async (v1) => {
        await v1.clients.bulkAdd(forum.clients.slice(0, 3));
      },
    });
    expect(database.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['users', 'dataKeys', 'vault']));
    expect(await database.users.count()).toBe(0);
    expect(await database.clients.get(forum.clients[1]!.id)).toEqual(forum.clients[1]);
    database.close();
  });

  it('version 3 indexes the audit log by the client an entry is about, keeping every entry', async () => {
    const entries = [
      { id: 'a1', at: '2026-01-05T10:00:00.000Z', action: 'export-report', detail: { formats: ['pdf'] } },
      { id: 'a2', at: '2026-01-06T10:00:00.000Z', action: 'print', detail: {} },
    ];
    const database = await migrate({
      from: 2,
      to: 3,
      seed: async (v2) => {
        await v2.auditLog.bulkAdd(entries as never);
      },
    });
    expect(database.auditLog.schema.indexes.map((index) => index.name).sort()).toEqual(['at', 'subjectId']);
    expect(await database.auditLog.orderBy('at').toArray()).toEqual(entries);
    await database.auditLog.add({ id: 'a3', at: '2026-01-07T10:00:00.000Z', action: 'open-client', subjectId: 'client-1', detail: {} });
    expect(await database.auditLog.where('subjectId').equals('client-1').primaryKeys()).toEqual(['a3']);
    database.close();
  });

  it('version 4 keeps every record and answers the list queries by compound and follow-up indexes', async () => {
    const forum = demoForum();
    const database = await migrate({
      from: 3,
      to: 4,
      seed: async (v3) => {
        await v3.clients.bulkAdd(forum.clients);
        await v3.appointments.bulkAdd(forum.appointments);
        await v3.adviceEntries.bulkAdd(forum.adviceEntries);
        await v3.referrals.bulkAdd(forum.referrals);
        await v3.shifts.bulkAdd(forum.shifts);
      },
    });
    const indexes = (table: { schema: { indexes: { name: string }[] } }) => table.schema.indexes.map((index) => index.name).sort();
    expect(indexes(database.clients)).toEqual(['ref']);
    expect(indexes(database.appointments)).toEqual(['[clientId+date]', '[clinicId+date]', 'date', 'sessionId']);
    expect(indexes(database.adviceEntries)).toEqual(['[clientId+date]', 'date', 'openFollowUp']);
    expect(indexes(database.referrals)).toEqual(['[clientId+date]', '[status+date]', 'openFollowUp']);
    expect(indexes(database.shifts)).toEqual(['[volunteerId+date]', 'date', 'sessionId']);

    // Every record is as it was, apart from the derived follow-up date.
    const without = <T extends object>(records: T[]) => records.map(({ openFollowUp: _, ...rest }: T & { openFollowUp?: string }) => rest);
    expect(await database.clients.count()).toBe(forum.clients.length);
    expect(await database.appointments.count()).toBe(forum.appointments.length);
    expect(await database.shifts.count()).toBe(forum.shifts.length);
    const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
    expect(without(await database.adviceEntries.orderBy('id').toArray())).toEqual(byId(forum.adviceEntries));
    expect(without(await database.referrals.orderBy('id').toArray())).toEqual(byId(forum.referrals));
    expect(await database.appointments.get(forum.appointments[7]!.id)).toEqual(forum.appointments[7]);

    // A client's history by client and date; the client alone still finds it (Dexie reads the compound index).
    const client = forum.appointments[0]!.clientId;
    const theirs = forum.appointments.filter((a) => a.clientId === client).map((a) => a.date).sort();
    expect((await database.appointments.where('[clientId+date]').between([client, ''], [client, '\uffff']).toArray()).map((a) => a.date)).toEqual(theirs);
    expect(await database.appointments.where('clientId').equals(client).count()).toBe(theirs.length);

    // Open follow-ups only, by due date: done ones and entries without a follow-up are not in the index.
    const open = forum.adviceEntries.filter((e) => e.followUpDate && !e.followUpDone);
    expect(open.length).toBeGreaterThan(0);
    expect(forum.adviceEntries.some((e) => e.followUpDate && e.followUpDone)).toBe(true);
    expect((await database.adviceEntries.orderBy('openFollowUp').primaryKeys()).sort()).toEqual(open.map((e) => e.id).sort());
    const openReferrals = forum.referrals.filter((r) => r.followUpDue && ['sent', 'acknowledged', 'accepted'].includes(r.status));
    expect(await database.referrals.where('openFollowUp').above('').count()).toBe(openReferrals.length);

    const sent = forum.referrals.filter((r) => r.status === 'sent').map((r) => r.date).sort();
    expect((await database.referrals.where('[status+date]').between(['sent', ''], ['sent', '\uffff']).toArray()).map((r) => r.date)).toEqual(sent);
    const volunteer = forum.shifts.find((s) => s.volunteerId)!.volunteerId!;
    expect(await database.shifts.where('[volunteerId+date]').between([volunteer, ''], [volunteer, '\uffff']).count()).toBe(
      forum.shifts.filter((s) => s.volunteerId === volunteer).length,
    );
    database.close();
  });

  it('keeps openFollowUp true on later writes: set while open, gone once done or closed', async () => {
    const forum = demoForum();
    const entry = forum.adviceEntries.find((e) => e.followUpDate && !e.followUpDone)!;
    const database = await migrate({ from: 3, seed: async (v3) => void (await v3.adviceEntries.add(entry)) });
    expect((await database.adviceEntries.get(entry.id)) as object).toMatchObject({ openFollowUp: entry.followUpDate });
    await database.adviceEntries.put({ ...entry, followUpDone: true });
    expect(await database.adviceEntries.where('openFollowUp').above('').count()).toBe(0);
    await database.adviceEntries.update(entry.id, { followUpDone: false, followUpDate: '2030-01-02' });
    expect(await database.adviceEntries.where('openFollowUp').equals('2030-01-02').primaryKeys()).toEqual([entry.id]);
    const referral = { ...forum.referrals[0]!, status: 'sent' as const, followUpDue: '2030-02-03' };
    await database.referrals.put(referral);
    expect(await database.referrals.where('openFollowUp').equals('2030-02-03').count()).toBe(1);
    await database.referrals.put({ ...referral, status: 'completed' as const });
    expect(await database.referrals.where('openFollowUp').above('').count()).toBe(0);
    database.close();
  });
});

describe('version 5: first contact dates', () => {
  it('fills each client\'s first contact date from the records already stored', async () => {
    const forum = demoForum();
    const database = await migrate({
      from: 4,
      to: 5,
      seed: async (v4) => {
        await v4.clients.bulkAdd(forum.clients);
        await v4.appointments.bulkAdd(forum.appointments);
        await v4.adviceEntries.bulkAdd(forum.adviceEntries);
      },
    });
    const expected = firstContactsOf(forum.appointments, forum.adviceEntries);
    expect(expected.size).toBeGreaterThan(50);
    const stored = await database.firstContacts.toArray();
    expect(new Map(stored.map((row) => [row.clientId, row.date]))).toEqual(expected);
    // Someone only ever booked (never seen, no advice) has no first contact yet.
    const neverSeen = forum.clients.find((c) => !expected.has(c.id));
    if (neverSeen) expect(await database.firstContacts.get(neverSeen.id)).toBeUndefined();
    expect(await database.appointments.count()).toBe(forum.appointments.length);
    database.close();
  });
});

describe('version 6: restricted people leave the forum-wide lists', () => {
  it('marks the records of clients restricted already and lists only everyone else\'s, by index', async () => {
    const forum = demoForum();
    // Restricted before this version: someone with both advice and referrals.
    const withBoth = forum.clients.find(
      (c) => forum.adviceEntries.some((e) => e.clientId === c.id && e.followUpDate && !e.followUpDone) && forum.referrals.some((r) => r.clientId === c.id),
    )!;
    const restricted = { ...withBoth, restriction: { since: '2026-11-01', reason: 'person-asked' as const, recordedBy: 'Fatima' } };
    const database = await migrate({
      from: 5,
      to: 6,
      seed: async (v5) => {
        await v5.clients.bulkAdd(forum.clients.map((c) => (c.id === restricted.id ? restricted : c)));
        await v5.adviceEntries.bulkAdd(forum.adviceEntries);
        await v5.referrals.bulkAdd(forum.referrals);
      },
    });
    const indexes = (table: { schema: { indexes: { name: string }[] } }) => table.schema.indexes.map((index) => index.name).sort();
    expect(indexes(database.adviceEntries)).toEqual(['[clientId+date]', 'date', 'listedDate', 'openFollowUp']);
    expect(indexes(database.referrals)).toEqual(['[clientId+date]', '[listedStatus+date]', '[status+date]', 'openFollowUp']);

    const isTheirs = (record: { clientId: string }) => record.clientId === restricted.id;
    // Every record kept; only the restricted person's carry the mark.
    expect(await database.adviceEntries.count()).toBe(forum.adviceEntries.length);
    expect(await database.referrals.count()).toBe(forum.referrals.length);
    const marked = (await database.adviceEntries.toArray()).filter((e) => e.clientRestricted === true).map((e) => e.id).sort();
    expect(marked).toEqual(forum.adviceEntries.filter(isTheirs).map((e) => e.id).sort());

    // The advice log's index holds everyone else's entries, by date.
    const listedAdvice = await database.adviceEntries.orderBy('listedDate').primaryKeys();
    expect(listedAdvice.sort()).toEqual(forum.adviceEntries.filter((e) => !isTheirs(e)).map((e) => e.id).sort());
    // The referral lists' index, status by status.
    const sent = forum.referrals.filter((r) => r.status === 'sent' && !isTheirs(r)).map((r) => r.id).sort();
    expect((await database.referrals.where('[listedStatus+date]').between(['sent', ''], ['sent', '\uffff']).primaryKeys()).sort()).toEqual(sent);
    expect(await database.referrals.where('[listedStatus+date]').between([''], ['\uffff']).count()).toBe(forum.referrals.filter((r) => !isTheirs(r)).length);
    // Follow-ups: open ones of everyone but them.
    const openAdvice = forum.adviceEntries.filter((e) => e.followUpDate && !e.followUpDone && !isTheirs(e));
    expect((await database.adviceEntries.orderBy('openFollowUp').primaryKeys()).sort()).toEqual(openAdvice.map((e) => e.id).sort());
    const openReferrals = forum.referrals.filter((r) => r.followUpDue && ['sent', 'acknowledged', 'accepted'].includes(r.status) && !isTheirs(r));
    expect(await database.referrals.where('openFollowUp').above('').count()).toBe(openReferrals.length);
    database.close();
  });
});

describe('version 7: the directory snapshot', () => {
  it('adds the table, empty (the first sign-in seals one), and keeps every record', async () => {
    const forum = demoForum();
    const database = await migrate({
      from: 6,
      to: 7,
      seed: async (v6) => {
        await v6.clients.bulkAdd(forum.clients);
        await v6.appointments.bulkAdd(forum.appointments);
        await v6.dataKeys.bulkAdd([{ id: forum.clients[0]!.id, wrapped: 'd3JhcHBlZA==', wrappedBy: 'erasure-key-1' }]);
      },
    });
    expect(database.verno).toBe(7);
    expect(database.directorySnapshots.schema.primKey.name).toBe('key');
    expect(await database.directorySnapshots.count()).toBe(0);
    expect(await database.clients.count()).toBe(forum.clients.length);
    expect(await database.clients.get(forum.clients[3]!.id)).toEqual(forum.clients[3]);
    expect(await database.appointments.count()).toBe(forum.appointments.length);
    expect(await database.dataKeys.get(forum.clients[0]!.id)).toEqual({ id: forum.clients[0]!.id, wrapped: 'd3JhcHBlZA==', wrappedBy: 'erasure-key-1' });
    database.close();
  });
});

describe('version 8: the report\'s sealed facts', () => {
  it('adds the table, empty (the first report works them out), keeps every record, and marks the facts of a write stale from then on', async () => {
    const forum = demoForum();
    const database = await migrate({
      from: 7,
      to: 8,
      seed: async (v7) => {
        await v7.clients.bulkAdd(forum.clients);
        await v7.appointments.bulkAdd(forum.appointments);
        await v7.adviceEntries.bulkAdd(forum.adviceEntries);
      },
    });
    expect(database.verno).toBe(8);
    expect(database.reportFacts.schema.primKey.name).toBe('key');
    expect(await database.reportFacts.count()).toBe(0);
    expect(await database.clients.count()).toBe(forum.clients.length);
    expect(await database.appointments.get(forum.appointments[5]!.id)).toEqual(forum.appointments[5]);
    expect(await database.adviceEntries.count()).toBe(forum.adviceEntries.length);
    const appointment = forum.appointments[0]!;
    await database.appointments.update(appointment.id, { status: 'cancelled' });
    expect(await database.reportFacts.get(`month/appointments/${appointment.date.slice(0, 7)}`)).toMatchObject({ revision: expect.any(String) });
    database.close();
  });
});

describe('version 9: who is restricted, by index', () => {
  it('indexes the clients restricted already, keeps every record, and follows a restriction made or lifted later', async () => {
    const forum = demoForum();
    const restriction = { since: '2026-11-01', reason: 'person-asked' as const, recordedBy: 'Fatima' };
    const [first, second, third] = forum.clients;
    const database = await migrate({
      from: 8,
      to: 9,
      seed: async (v8) => {
        await v8.clients.bulkAdd(forum.clients.map((c) => (c.id === first!.id || c.id === second!.id ? { ...c, restriction } : c)));
      },
    });
    expect(database.verno).toBe(9);
    expect(database.clients.schema.indexes.map((index) => index.name).sort()).toEqual(['ref', 'restriction.since']);
    expect(await database.clients.count()).toBe(forum.clients.length);
    expect(await database.clients.get(third!.id)).toEqual(third);
    expect((await database.clients.orderBy('restriction.since').primaryKeys()).sort()).toEqual([first!.id, second!.id].sort());

    await database.clients.update(third!.id, { restriction });
    await database.clients.update(first!.id, { restriction: undefined });
    expect((await database.clients.orderBy('restriction.since').primaryKeys()).sort()).toEqual([second!.id, third!.id].sort());
    database.close();
  });
});
