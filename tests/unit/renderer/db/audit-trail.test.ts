// @vitest-environment node
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bookAppointment, clients, createClinic, importClients, sessionsOfClinicBetween, volunteers } from '../../../../renderer/data';
import { withAuditTrail } from '../../../../renderer/db/audit-trail';
import { SignpostDatabase } from '../../../../renderer/db/database';
import { replaceDatabase } from '../../../../renderer/db/instance';
import { PermissionDeniedError } from '../../../../renderer/security/permissions';
import { setSignedInUser } from '../../../../renderer/security/session';
import { validClient, validClinic } from '../data/fresh-database';

let database: SignpostDatabase;
beforeEach(() => {
  database = withAuditTrail(new SignpostDatabase('signpost-test', { indexedDB: new IDBFactory(), IDBKeyRange }));
  replaceDatabase(database);
});
afterEach(() => setSignedInUser(null));

const writes = async () => (await database.auditLog.toArray()).filter((entry) => entry.action === 'write');

describe('the audit trail of every write', () => {
  it('logs a write with the signed-in user, the tables and counts, and the one client it concerns', async () => {
    setSignedInUser({ userId: 'user-1', name: 'Claire', role: 'frontDesk' });
    const amina = await clients.create(validClient('Amina Yusuf'));
    const [entry] = await writes();
    expect(entry).toMatchObject({ action: 'write', actorId: 'user-1', actorRole: 'frontDesk', subjectId: amina.id, detail: { 'clients:put': 1 } });
    // The user's own name is not kept either: the id says who.
    expect(JSON.stringify(entry)).not.toContain('Claire');
    expect(JSON.stringify(entry)).not.toContain('Amina');
  });

  it('says no one was signed in when no one was (the first run writes before anyone is)', async () => {
    setSignedInUser(null);
    // Commands refuse anyone not signed in; the vault's own first-run write goes straight to its tables.
    await expect(clients.create(validClient())).rejects.toThrow(PermissionDeniedError);
    await database.transaction('rw', database.settings, () => database.settings.put({ key: 'forum', forumName: 'Test forum', updatedAt: '2026-11-24T10:00:00.000Z' } as never));
    const all = await writes();
    expect(all).toHaveLength(1);
    expect(all[0]?.detail).toEqual({ 'settings:put': 1 });
    expect(all[0]?.actorId).toBeUndefined();
    expect(all[0]?.actorRole).toBeUndefined();
  });

  it('keeps one entry per transaction, however many tables and records it wrote', async () => {
    const { clinic } = await createClinic({ ...validClinic, kind: 'appointments', startDate: '2026-11-24', placesPerSlot: 1 }, '2026-11-24');
    const [session] = await sessionsOfClinicBetween(clinic.id, '2026-11-24', '2026-11-24');
    const piotr = await clients.create(validClient('Piotr Nowak'));
    const before = (await writes()).length;
    await bookAppointment({ sessionId: session!.id, clientId: piotr.id, slotTime: '10:30' }, { date: '2026-11-24', time: '08:00' });
    const after = await writes();
    expect(after).toHaveLength(before + 1);
    const booking = after.find((entry) => entry.detail['appointments:put'] === 1);
    expect(booking?.subjectId).toBe(piotr.id);
  });

  it('counts the clients of a bulk write instead of naming one', async () => {
    await importClients([validClient('A One'), validClient('B Two'), validClient('C Three')], { format: 'csv', encoding: 'utf-8', duplicates: 0, refused: 0 });
    const entry = (await writes()).find((e) => e.detail['clients:put'] === 3);
    expect(entry).toMatchObject({ detail: { clients: 3 } });
    expect(entry?.subjectId).toBeUndefined();
  });

  it('logs nothing for a write that did not commit', async () => {
    database.clients.hook('creating', () => {
      throw new Error('QuotaExceededError');
    });
    await expect(clients.create(validClient())).rejects.toThrow();
    expect(await database.auditLog.count()).toBe(0);
  });

  it('logs deletions', async () => {
    const amina = await clients.create(validClient());
    await clients.remove(amina.id);
    const deletion = (await writes()).find((entry) => entry.detail['clients:delete'] !== undefined);
    expect(deletion).toMatchObject({ subjectId: amina.id, detail: { 'clients:delete': 1 } });
  });

  // Every read-write transaction takes the audit log too. A person's first key, made in
  // a transaction of its own while their record's write held the log, waited for that
  // write, which waited for the key: the Save button stayed pressed for ever on a
  // volunteer edited in the seconds after sign-in (db/data-key-needed.ts).
  it('lets a write for someone with no data key yet (written outside the app) make their key, and logs the write', async () => {
    const at = '2026-11-02T10:00:00.000Z';
    await database.volunteers.add({ id: 'v-planted', name: 'Piotr Nowak', roles: [], languages: [], checks: [], availability: [], away: [], active: true, createdAt: at, updatedAt: at } as never);
    await database.clients.add({ ...validClient('Layla Haddad'), id: 'c-planted', ref: 'C-00099', createdAt: at, updatedAt: at } as never);
    expect(await database.dataKeys.count()).toBe(0);

    const retired = await volunteers.patch('v-planted', { active: false });
    const renamed = await clients.patch('c-planted', { name: 'Layla Haddad-Omar' });

    expect(retired.active).toBe(false);
    expect((await volunteers.get('v-planted'))?.active).toBe(false);
    expect((await clients.get('c-planted'))?.name).toBe('Layla Haddad-Omar');
    expect(renamed.name).toBe('Layla Haddad-Omar');
    expect(await database.dataKeys.get('volunteer:v-planted')).toBeDefined();
    expect(await database.dataKeys.get('c-planted')).toBeDefined();
    const logged = await writes();
    expect(logged.map((entry) => entry.detail)).toEqual(expect.arrayContaining([{ 'volunteers:put': 1 }, { 'clients:put': 1 }]));
    // The keys themselves are not records: no entry of their own.
    expect(logged.some((entry) => Object.keys(entry.detail).some((key) => key.startsWith('dataKeys')))).toBe(false);
  }, 20_000);
});
