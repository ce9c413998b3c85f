// @vitest-environment node
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SignpostDatabase } from '../../../../renderer/db/database';
import { VERSIONS } from '../../../../renderer/db/versions';
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
});
