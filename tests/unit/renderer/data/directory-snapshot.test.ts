// @vitest-environment node
/**
 * The client directory's sealed snapshot: sign-in opens it instead of every client under
 * its own data key, but only for rows unchanged since it was sealed (a write here, in
 * another window or behind the app's back is read from its row); and erasing someone
 * leaves no copy of them that opens: the snapshot goes in the erasure's transaction, the
 * stale bytes IndexedDB may keep open with nothing the forum then holds, and the snapshot
 * sealed again under the new erasure key does not hold them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clients, eraseClient, restrictClient } from '../../../../renderer/data';
import { fingerprintOf, SnapshotDirectorySource } from '../../../../renderer/data/client-directory-source';
import { readDirectorySnapshot, sealDirectorySnapshot } from '../../../../renderer/data/directory-snapshot';
import { gzip } from '../../../../renderer/data/gzip';
import { readAllTables } from '../../../../renderer/data/backup/make-backup';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { openBytes, sealBytes } from '../../../../renderer/security/crypto';
import { loadEveryDataKey } from '../../../../renderer/security/data-keys';
import { settleErasureKeysAtSignIn } from '../../../../renderer/security/erasure-key';
import { cachedDataKey, currentErasureKey, erasureKey, heldErasureKeys } from '../../../../renderer/security/key-ring';
import { lock, signIn, signInList } from '../../../../renderer/security/vault';
import { searchTextOf } from '../../../../shared/frontdesk/client-search';
import type { DirectorySnapshotRow } from '../../../../shared/security/vault-records';
import { setUpTestForum, TEST_PASSPHRASE } from '../../support/set-up-forum';
import { validClient } from './fresh-database';

const PASSPHRASE = TEST_PASSPHRASE;
/**
 * Sealing waits 2 s after the last write, then seals: about 4 s on a quiet machine, so the
 * wait allows for a busy one (CI's two cores also run typecheck and lint beside these tests).
 */
const UNTIL_SEALED = { timeout: 30_000, interval: 100 };
let database: SignpostDatabase;

beforeEach(async () => {
  database = await setUpTestForum('signpost-snapshot-test');
});
afterEach(() => lock());

/** Signs in again with the passphrase, as the app does (its sign-in hook settles the erasure keys). */
async function signInAgain(): Promise<void> {
  const [admin] = await signInList();
  lock();
  await signIn(admin!.id, PASSPHRASE);
  await settleErasureKeysAtSignIn(await loadEveryDataKey());
}

/** The snapshot row once one sealed under the current erasure key is stored (sealing waits for a quiet page). */
async function snapshotUnderCurrentKey(): Promise<DirectorySnapshotRow> {
  let row: DirectorySnapshotRow | undefined;
  await vi.waitFor(
    async () => {
      row = await snapshotRow();
      if (row?.erasureKeyId !== currentErasureKey().id) throw new Error('not sealed yet');
    },
    UNTIL_SEALED,
  );
  return row!;
}

/** The stored snapshot row, if any. */
async function snapshotRow(): Promise<DirectorySnapshotRow | undefined> {
  const row = await database.directorySnapshots.get('clients');
  return row?.key === 'clients' ? row : undefined;
}

/** Whether these sealed bytes open with any erasure key the forum holds now. */
async function opensWithAnyHeldKey(row: DirectorySnapshotRow): Promise<boolean> {
  for (const key of heldErasureKeys().values()) {
    if (await openBytes(key, row.sealed).then(() => true, () => false)) return true;
  }
  return false;
}

describe('the directory snapshot', { timeout: 60_000 }, () => {
  it('is sealed after a full read, and the next sign-in reads every client from it without opening any one of them', async () => {
    const amina = await clients.create(validClient('Amina Yusuf'));
    const bilal = await clients.create(validClient('Bilal Haddad'));
    const first = await new SnapshotDirectorySource().readAll();
    expect(first.map((c) => c.name).sort()).toEqual(['Amina Yusuf', 'Bilal Haddad']);
    const row = await snapshotUnderCurrentKey();
    // Sealed: no name in the stored bytes.
    expect(new TextDecoder().decode(row.sealed)).not.toContain('Amina');

    await signInAgain();
    const again = await new SnapshotDirectorySource().readAll();
    expect(again.map((c) => c.name).sort()).toEqual(['Amina Yusuf', 'Bilal Haddad']);
    expect(again.find((c) => c.id === amina.id)).toEqual(first.find((c) => c.id === amina.id));
    // Nobody's data key had to be unwrapped: the records came from the one sealed value.
    expect(cachedDataKey(amina.id)).toBeUndefined();
    expect(cachedDataKey(bilal.id)).toBeUndefined();
  }, 20_000);

  it('when no client was written since it was sealed, is the directory at the next sign-in: no client row is read', async () => {
    await clients.create(validClient('Amina Yusuf'));
    await clients.create(validClient('Bilal Haddad'));
    await new SnapshotDirectorySource().readAll();
    await vi.waitFor(async () => expect((await readDirectorySnapshot())?.current).toBe(true), UNTIL_SEALED);

    await signInAgain();
    const rowsRead = [vi.spyOn(database.clients, 'orderBy'), vi.spyOn(database.clients, 'where'), vi.spyOn(database.clients, 'bulkGet')];
    const read = await new SnapshotDirectorySource().readAll();
    expect(read.map((c) => c.name).sort()).toEqual(['Amina Yusuf', 'Bilal Haddad']);
    for (const spy of rowsRead) expect(spy).not.toHaveBeenCalled();
  }, 20_000);

  it('opens at a current sign-in the rows it holds no entry for, and only those', async () => {
    const amina = await clients.create(validClient('Amina Yusuf'));
    const bilal = await clients.create(validClient('Bilal Haddad'));
    const read = await new SnapshotDirectorySource().readAll();
    // Sealed while the directory had not yet read Bilal (written in another window, say).
    await sealDirectorySnapshot(new Map([[amina.id, { fingerprint: fingerprintOf((await database.clients.get(amina.id))!), client: read.find((c) => c.id === amina.id)! }]]));
    const sealed = await readDirectorySnapshot();
    expect(sealed).toMatchObject({ current: true, others: [bilal.id] });

    await signInAgain();
    const again = await new SnapshotDirectorySource().readAll();
    expect(again.map((c) => c.name).sort()).toEqual(['Amina Yusuf', 'Bilal Haddad']);
    expect(cachedDataKey(amina.id)).toBeUndefined();
    expect(cachedDataKey(bilal.id)).toBeDefined();
  }, 20_000);

  it('is out of date once a client is written, here or elsewhere, until it is sealed again', async () => {
    const amina = await clients.create(validClient('Amina Yusuf'));
    await new SnapshotDirectorySource().readAll();
    await vi.waitFor(async () => expect((await readDirectorySnapshot())?.current).toBe(true), UNTIL_SEALED);
    // Straight through Dexie, as any code in any window writes.
    await database.clients.update(amina.id, { updatedAt: '2026-12-04T09:00:00.000Z' });
    expect((await readDirectorySnapshot())?.current).toBe(false);
  }, 20_000);

  it('sealed by the version before (gzipped JSON in one value, naming the revision), still opens, but is not current, so it is sealed again in lines', async () => {
    const amina = await clients.create(validClient('Amina Yusuf'));
    const [read] = await new SnapshotDirectorySource().readAll();
    await vi.waitFor(async () => expect((await readDirectorySnapshot())?.current).toBe(true), UNTIL_SEALED);
    const revision = (await database.directorySnapshots.get('clientsRevision')) as { revision: string };
    const erasure = currentErasureKey();
    const older = JSON.stringify({ revision: revision.revision, others: [], entries: [[amina.id, fingerprintOf((await database.clients.get(amina.id))!), read]] });
    await database.directorySnapshots.put({ key: 'clients', erasureKeyId: erasure.id, sealed: await sealBytes(erasure.key, await gzip(new TextEncoder().encode(older))), sealedAt: '2026-12-04T10:00:00.000Z' });
    const opened = await readDirectorySnapshot();
    expect(opened?.current).toBe(false);
    expect(opened?.entries.get(amina.id)?.client.name).toBe('Amina Yusuf');

    await signInAgain();
    await new SnapshotDirectorySource().readAll();
    await vi.waitFor(async () => expect((await readDirectorySnapshot())?.current).toBe(true), UNTIL_SEALED);
    expect(cachedDataKey(amina.id)).toBeUndefined();
  }, 20_000);

  it('sealed in the format before (a client a line, no SearchText) is still the directory at the next sign-in, and is sealed again with every SearchText', async () => {
    const amina = await clients.create(validClient('Amina Yusuf'));
    const [read] = await new SnapshotDirectorySource().readAll();
    await vi.waitFor(async () => expect((await readDirectorySnapshot())?.current).toBe(true), UNTIL_SEALED);
    const { revision } = (await database.directorySnapshots.get('clientsRevision')) as { revision: string };
    const erasure = currentErasureKey();
    const fingerprint = fingerprintOf((await database.clients.get(amina.id))!);
    const older = [JSON.stringify({ format: 3, revision, others: [] }), JSON.stringify([fingerprint]), JSON.stringify(read)].join('\n');
    await database.directorySnapshots.put({ key: 'clients', erasureKeyId: erasure.id, sealed: await sealBytes(erasure.key, await gzip(new TextEncoder().encode(older))), sealedAt: '2026-12-04T10:00:00.000Z' });
    expect(await readDirectorySnapshot()).toMatchObject({ current: true, searchText: false });

    await signInAgain();
    const rowsRead = [vi.spyOn(database.clients, 'orderBy'), vi.spyOn(database.clients, 'where')];
    const source = new SnapshotDirectorySource();
    const again = await source.readAll();
    expect(again.map((c) => c.name)).toEqual(['Amina Yusuf']);
    for (const spy of rowsRead) expect(spy).not.toHaveBeenCalled();
    expect(cachedDataKey(amina.id)).toBeUndefined();
    // Folded at this sign-in, then sealed with it for the next.
    expect(source.knownSearchText(again[0]!)).toBeUndefined();
    await vi.waitFor(async () => expect((await readDirectorySnapshot())?.searchText).toBe(true), UNTIL_SEALED);
    const resealed = await readDirectorySnapshot();
    expect(resealed?.current).toBe(true);
    expect(resealed?.entries.get(amina.id)?.search).toEqual(searchTextOf(again[0]!));

    // And the next sign-in hands the index what the snapshot carries, for that very record.
    await signInAgain();
    const next = new SnapshotDirectorySource();
    const [reread] = await next.readAll();
    expect(next.knownSearchText(reread!)).toEqual(searchTextOf(reread!));
    expect(next.knownSearchText({ ...reread!, name: 'Someone Else' })).toBeUndefined();
  }, 30_000);

  it('sealed by the version before (plain JSON, no revision), still opens, but is never taken as current', async () => {
    const amina = await clients.create(validClient('Amina Yusuf'));
    const [read] = await new SnapshotDirectorySource().readAll();
    const erasure = currentErasureKey();
    const plain = new TextEncoder().encode(JSON.stringify([[amina.id, fingerprintOf((await database.clients.get(amina.id))!), read]]));
    await database.directorySnapshots.put({ key: 'clients', erasureKeyId: erasure.id, sealed: await sealBytes(erasure.key, plain), sealedAt: '2026-12-03T20:00:00.000Z' });
    const opened = await readDirectorySnapshot();
    expect(opened?.current).toBe(false);
    expect(opened?.entries.get(amina.id)?.client.name).toBe('Amina Yusuf');
  }, 20_000);

  it('is not trusted for a row written since it was sealed, by the app or behind its back', async () => {
    const amina = await clients.create(validClient('Amina Yusuf'));
    const bilal = await clients.create(validClient('Bilal Haddad'));
    await new SnapshotDirectorySource().readAll();
    await snapshotUnderCurrentKey();

    // Written while no directory was watching (another window, an older version).
    await clients.update(amina.id, validClient('Amina Warsame'));
    await restrictClient(bilal.id, '2026-11-20', 'Claire');
    await signInAgain();
    const read = await new SnapshotDirectorySource().readAll();
    expect(read.find((c) => c.id === amina.id)?.name).toBe('Amina Warsame');
    expect(read.find((c) => c.id === bilal.id)?.restriction).toEqual(expect.objectContaining({ since: '2026-11-20' }));
    // Only the changed rows were opened one by one.
    expect(cachedDataKey(amina.id)).toBeDefined();
  }, 20_000);

  it('after a write, is sealed again from the directory so the next sign-in needs no row opened', async () => {
    const amina = await clients.create(validClient('Amina Yusuf'));
    const source = new SnapshotDirectorySource();
    await source.readAll();
    const before = await snapshotUnderCurrentKey();
    await clients.update(amina.id, validClient('Amina Warsame'));
    // What the directory does when Dexie names the client written.
    await source.readSome([amina.id]);
    await vi.waitFor(async () => expect((await snapshotRow())?.sealedAt).not.toBe(before.sealedAt), UNTIL_SEALED);

    await signInAgain();
    const read = await new SnapshotDirectorySource().readAll();
    expect(read.map((c) => c.name)).toEqual(['Amina Warsame']);
    expect(cachedDataKey(amina.id)).toBeUndefined();
  }, 20_000);

  it('keeps no one whose record is gone when it is sealed', async () => {
    const amina = await clients.create(validClient('Amina Yusuf'));
    const source = new SnapshotDirectorySource();
    const [read] = await source.readAll();
    const entries = new Map([
      [amina.id, { fingerprint: fingerprintOf((await database.clients.get(amina.id))!), client: read! }],
      ['erased-meanwhile', { fingerprint: 'y', client: { ...read!, id: 'erased-meanwhile', name: 'Saba Haile' } }],
    ]);
    await sealDirectorySnapshot(entries);
    const opened = await readDirectorySnapshot();
    expect([...opened!.entries.keys()]).toEqual([amina.id]);
  }, 20_000);

  it('after an erasure, no copy of the person opens: the snapshot went with them and the stale bytes open with nothing the forum holds', async () => {
    const saba = await clients.create(validClient('Saba Haile'));
    await clients.create(validClient('Yonas Tesfaye'));
    const source = new SnapshotDirectorySource();
    await source.readAll();
    const stale = await snapshotUnderCurrentKey();
    expect(await opensWithAnyHeldKey(stale)).toBe(true);

    await eraseClient(saba.id);
    // What the directory does when Dexie names the client erased.
    await source.readSome([saba.id]);
    // The erasure key that sealed the stale bytes is gone, from memory and (replaced) from disk.
    expect(erasureKey(stale.erasureKeyId)).toBeUndefined();
    expect(await opensWithAnyHeldKey(stale)).toBe(false);

    // Sealed again from the directory, under the new erasure key, without her.
    const fresh = await snapshotUnderCurrentKey();
    expect(fresh.erasureKeyId).not.toBe(stale.erasureKeyId);
    const entries = await readDirectorySnapshot();
    expect([...entries!.entries.values()].map((e) => e.client.name)).toEqual(['Yonas Tesfaye']);

    // Someone with the laptop and the passphrase signs in: the stale bytes still open with nothing.
    await signInAgain();
    expect(await opensWithAnyHeldKey(stale)).toBe(false);
    expect((await new SnapshotDirectorySource().readAll()).map((c) => c.name)).toEqual(['Yonas Tesfaye']);
  }, 30_000);

  it('is deleted in the erasure’s own transaction, before the erasure key is replaced', async () => {
    const saba = await clients.create(validClient('Saba Haile'));
    await new SnapshotDirectorySource().readAll();
    await snapshotUnderCurrentKey();
    const { eraseWithin } = await import('../../../../renderer/data/privacy/erasure');
    const { personTables } = await import('../../../../renderer/data/privacy/client-records');
    await database.transaction('rw', personTables(), () => eraseWithin([saba.id]));
    expect(await database.directorySnapshots.get('clients')).toBeUndefined();
  }, 20_000);

  it('is left out of backups, and opens with nothing once locked', async () => {
    await clients.create(validClient('Amina Yusuf'));
    await new SnapshotDirectorySource().readAll();
    await snapshotUnderCurrentKey();
    expect((await readAllTables()).map((table) => table.name)).not.toContain('directorySnapshots');
    lock();
    expect(await readDirectorySnapshot()).toBeUndefined();
  }, 20_000);
});
