// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clients, sealPlainRecords } from '../../../../renderer/data';
import { holdsPlainPersonalFields, openFromStorage, PERSONAL_FIELDS, SEALED } from '../../../../renderer/data/personal-fields';
import type { TableName } from '../../../../renderer/db/database';
import { replaceDatabase } from '../../../../renderer/db/instance';
import { demoForum } from '../../../fixtures/forum';
import { migrate } from '../db/migration-harness';
import { freshDatabase, validClient } from './fresh-database';

/** The forum's vault record (the vault table also carries a restored backup's erasure keys). */
const forumVault = async (database: { vault: { get(key: 'forum'): Promise<unknown> } }) => (await database.vault.get('forum')) as { recordsSealedAt?: string } | undefined;
import { lock, setUpForum } from '../../../../renderer/security/vault';

describe('a database from before encryption', () => {
  it('is sealed in place at sign-in: every record, nothing dropped, every value the same when read', async () => {
    const forum = demoForum();
    const damaged = { ...forum.clients[0]!, id: 'damaged', ref: 'C-99999', name: 42 };
    const database = await migrate({
      from: 1,
      seed: async (v1) => {
        await v1.clients.bulkAdd([...forum.clients, damaged as never]);
        await v1.appointments.bulkAdd(forum.appointments);
        await v1.adviceEntries.bulkAdd(forum.adviceEntries);
        await v1.referrals.bulkAdd(forum.referrals);
        await v1.volunteers.bulkAdd(forum.volunteers);
      },
    });
    replaceDatabase(database);
    const tables: TableName[] = ['clients', 'appointments', 'adviceEntries', 'referrals', 'volunteers'];
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await database.table(t).toArray()] as const)));

    const sealed = await sealPlainRecords();
    // Every record holding a personal field (an appointment with no purpose holds none).
    const holding = tables.reduce((sum, t) => sum + before[t]!.filter((r: object) => holdsPlainPersonalFields(t, r)).length, 0);
    expect(holding).toBeGreaterThan(700);
    expect(sealed).toBe(holding);
    for (const table of tables) {
      const after = await database.table(table).toArray();
      expect(after).toHaveLength(before[table]!.length);
      for (const stored of after) {
        for (const field of PERSONAL_FIELDS[table]) expect(stored).not.toHaveProperty(field);
        if (table === 'clients' || table === 'volunteers' || table === 'adviceEntries') expect(typeof stored[SEALED]).toBe('string');
      }
      // Opened again, each record is exactly what was stored before (the damaged one too).
      const opened = (await Promise.all(after.map((stored: object) => openFromStorage(table, stored)))) as { id: string }[];
      expect(opened.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(
        [...before[table]!].sort((a, b) => String(a.id).localeCompare(String(b.id))),
      );
    }
    expect(JSON.stringify(await database.clients.toArray())).not.toContain(forum.clients[3]!.name);
    expect(await database.dataKeys.count()).toBe(forum.clients.length + 1 + forum.volunteers.length);
    // A second sign-in finds nothing left to seal, and the app reads every client.
    expect(await sealPlainRecords()).toBe(0);
    expect((await clients.list()).map((c) => c.id)).toEqual(expect.arrayContaining([forum.clients[3]!.id, 'damaged']));
    database.close();
  });
});

describe('looking for records in the clear at sign-in', () => {
  it('is done until nothing is left in the clear, then never again: the vault says so, and a new forum starts so', async () => {
    // Set up over records from before sign-in existed: looked through, sealed, then marked.
    const database = freshDatabase();
    await database.clients.add({ ...validClient('Amina Yusuf'), id: 'old-1', ref: 'C-00001', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' } as never);
    await setUpForum({ forumName: 'F', adminName: 'Grace', passphrase: 'correct horse battery' });
    expect((await forumVault(database))?.recordsSealedAt).toBeUndefined();
    expect(await sealPlainRecords()).toBe(1);
    expect((await forumVault(database))?.recordsSealedAt).toEqual(expect.any(String));
    expect(holdsPlainPersonalFields('clients', (await database.clients.get('old-1'))!)).toBe(false);

    // Marked, sign-in reads no record to look (every write the app makes is sealed): a record
    // planted in the clear behind the app's back is read as it is, and not looked for.
    await database.clients.add({ ...validClient('Planted'), id: 'planted', ref: 'C-00002', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' } as never);
    expect(await sealPlainRecords()).toBe(0);
    expect((await clients.get('planted'))?.name).toBe('Planted');
    lock();

    // A new forum holds nothing in the clear from the start.
    const fresh = freshDatabase();
    await setUpForum({ forumName: 'G', adminName: 'Hana', passphrase: 'correct horse battery' });
    expect((await forumVault(fresh))?.recordsSealedAt).toEqual(expect.any(String));
    lock();
  });
});
