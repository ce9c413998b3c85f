// @vitest-environment node
/**
 * The clients' revision, which tells a sign-in whether the directory's snapshot is still
 * every client as stored: any write to a client, through any command or straight through
 * Dexie, must replace it in its own transaction, and a write anywhere else must not.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import {
  clients,
  deleteMistakenClient,
  eraseClient,
  importClients,
  liftRestriction,
  loadDemoData,
  mergeClients,
  removeDemoData,
  restrictClient,
  services,
  withdrawConsent,
} from '../../../../renderer/data';
import { SignpostDatabase } from '../../../../renderer/db/database';
import { replaceDatabase } from '../../../../renderer/db/instance';
import { setSignedInUser } from '../../../../renderer/security/session';
import { generateForum } from '../../../../shared/demo/generate';
import { validClient } from '../data/fresh-database';

let database: SignpostDatabase;
beforeEach(() => {
  database = new SignpostDatabase('signpost-revision-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  replaceDatabase(database);
  setSignedInUser({ userId: 'admin-1', name: 'Claire', role: 'administrator' });
});
afterEach(() => setSignedInUser(null));

async function revision(): Promise<string | undefined> {
  const row = await database.directorySnapshots.get('clientsRevision');
  return row?.key === 'clientsRevision' ? row.revision : undefined;
}

/** Runs `write` and says whether the revision is a new one afterwards. */
async function replacesRevision(write: () => Promise<unknown>): Promise<boolean> {
  const before = await revision();
  await write();
  const after = await revision();
  return after !== undefined && after !== before;
}

const consents = { storage: { given: true, date: '2026-01-10', recordedBy: 'Fatima' } };
const sharing = { ...consents, sharing: { given: true, date: '2026-01-10', recordedBy: 'Fatima' } };

describe('the clients revision', () => {
  it('is replaced by every command that writes a client', async () => {
    const amina = await clients.create(validClient('Amina Yusuf'));
    expect(await revision()).toBeDefined();
    let bilal = amina;
    expect(await replacesRevision(async () => (bilal = await clients.create({ ...validClient('Bilal Haddad'), consents: sharing })))).toBe(true);
    expect(await replacesRevision(() => clients.update(amina.id, validClient('Amina Warsame')))).toBe(true);
    expect(await replacesRevision(() => restrictClient(amina.id, '2026-11-20', 'Claire'))).toBe(true);
    expect(await replacesRevision(() => liftRestriction(amina.id, { date: '2026-11-21', recordedBy: 'Claire' }))).toBe(true);
    expect(await replacesRevision(() => withdrawConsent(bilal.id, { consent: 'sharing', date: '2026-11-22', recordedBy: 'Claire' }))).toBe(true);
    expect(await replacesRevision(() => importClients([validClient('Piotr Nowak'), validClient('Saba Haile')], { format: 'csv', duplicates: 0, refused: 0 }))).toBe(true);
    const twin = await clients.create({ ...validClient('Amina Warsame'), consents });
    expect(await replacesRevision(() => mergeClients(amina.id, twin.id, {}))).toBe(true);
    const mistaken = await clients.create(validClient('Mistaken Entry'));
    expect(await replacesRevision(() => deleteMistakenClient(mistaken.id))).toBe(true);
    expect(await replacesRevision(() => eraseClient(bilal.id))).toBe(true);
    expect(await replacesRevision(() => loadDemoData(generateForum, '2026-11-24'))).toBe(true);
    expect(await replacesRevision(() => removeDemoData())).toBe(true);
  }, 30_000);

  it('is replaced by a write straight through Dexie, in a transaction that names only the clients', async () => {
    const amina = await clients.create(validClient('Amina Yusuf'));
    const stored = (await database.clients.get(amina.id))!;
    expect(await replacesRevision(() => database.transaction('rw', database.clients, () => database.clients.put({ ...stored, updatedAt: '2026-12-04T09:00:00.000Z' })))).toBe(true);
    expect(await replacesRevision(() => database.clients.bulkPut([{ ...stored, id: 'other', ref: 'C-09999' }]))).toBe(true);
    expect(await replacesRevision(() => database.clients.where('ref').equals('C-09999').modify({ updatedAt: '2026-12-04T10:00:00.000Z' }))).toBe(true);
    expect(await replacesRevision(() => database.clients.delete('other'))).toBe(true);
    expect(await replacesRevision(() => database.clients.clear())).toBe(true);
  });

  it('goes with a write that fails and is rolled back, and stays as it was for writes to other tables', async () => {
    await clients.create(validClient('Amina Yusuf'));
    const before = await revision();
    await expect(
      database.transaction('rw', database.clients, async () => {
        await database.clients.put({ ...(await database.clients.toCollection().first())!, updatedAt: '2026-12-04T09:00:00.000Z' });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await revision()).toBe(before);
    await services.create({ name: 'Law centre' });
    await database.transaction('rw', database.clients, database.services, () => database.services.toArray());
    expect(await revision()).toBe(before);
  });
});
