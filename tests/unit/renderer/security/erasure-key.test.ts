// @vitest-environment node
/**
 * Erasure is final on disk: IndexedDB may keep a deleted data key row in its files for
 * months, so after an erasure the erasure key that wrapped it is replaced. Here the stale
 * copies an attacker with the laptop and the forum passphrase would find (the person's
 * data key row and sealed record as they were) open with nothing the forum then holds;
 * everyone else's records still open; a rotation cut short is finished at sign-in; and a
 * backup carries the erasure keys, which a restore's first sign-in puts back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clients, eraseClient } from '../../../../renderer/data';
import { readAllTables } from '../../../../renderer/data/backup/make-backup';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { fromBase64, generateKey, openBytes, sealBytes, toBase64, unwrapKey, wrapKey } from '../../../../renderer/security/crypto';
import { loadEveryDataKey } from '../../../../renderer/security/data-keys';
import { erasureKeysFileName, filesInMemory } from '../../../../renderer/security/erasable-files';
import { loadErasureKeys, settleErasureKeysAtSignIn, unwrapDataKeyRow } from '../../../../renderer/security/erasure-key';
import { currentErasureKey, forumKey, holdErasureKey, isUnlocked } from '../../../../renderer/security/key-ring';
import { lock, signIn, signInList } from '../../../../renderer/security/vault';
import { ErasureKeysFile } from '../../../../shared/security/vault-records';
import { setUpTestForum, TEST_PASSPHRASE } from '../../support/set-up-forum';
import { validClient } from '../data/fresh-database';

const PASSPHRASE = TEST_PASSPHRASE;
let database: SignpostDatabase;
let files: ReturnType<typeof filesInMemory>;

beforeEach(async () => {
  files = filesInMemory();
  database = await setUpTestForum('signpost-erasure-test', files);
});
afterEach(() => lock());

/** Signs in again with the passphrase, as the app does (its sign-in hook settles the erasure keys). */
async function signInAgain(): Promise<void> {
  const [admin] = await signInList();
  lock();
  await signIn(admin!.id, PASSPHRASE);
  await settleErasureKeysAtSignIn(await loadEveryDataKey());
}

const file = () => ErasureKeysFile.parse(JSON.parse(files.contents.get(erasureKeysFileName(database.name))!));

describe('erasure keys', () => {
  it('after an erasure, the stale copies of a person’s key and record open with nothing the forum holds, passphrase included', async () => {
    const saba = await clients.create(validClient('Saba Haile'));
    const yonas = await clients.create(validClient('Yonas Tesfaye'));
    const staleKeyRow = (await database.dataKeys.get(saba.id))!;
    const staleRecord = (await database.clients.get(saba.id)) as unknown as { sealed: string };
    const keyBefore = file().current.wrapped;

    await eraseClient(saba.id);
    expect(file().current.wrapped).not.toBe(keyBefore);
    expect(file().previous).toBeUndefined();

    // Someone with the laptop and the passphrase signs in: the forum key and today's erasure key.
    await signInAgain();
    await expect(unwrapDataKeyRow(staleKeyRow)).rejects.toThrow();
    await expect(unwrapKey(fromBase64(staleKeyRow.wrapped), forumKey())).rejects.toThrow();
    await expect(unwrapKey(fromBase64(staleKeyRow.wrapped), currentErasureKey().key)).rejects.toThrow();
    expect(staleRecord.sealed).toEqual(expect.any(String));
    // Everyone else's key was rewrapped under the new erasure key and still opens.
    expect((await database.dataKeys.get(yonas.id))?.wrappedBy).toBe(currentErasureKey().id);
    expect((await clients.get(yonas.id))?.name).toBe('Yonas Tesfaye');
  });

  it('a rotation cut short (new key written, rows not yet rewrapped) is finished at the next sign-in', async () => {
    const amina = await clients.create(validClient('Amina Yusuf'));
    const old = currentErasureKey();
    const next = { id: 'next-key', key: await generateKey() };
    const wrapped = async (id: string, key: CryptoKey) => ({ id, wrapped: toBase64(await wrapKey(key, forumKey())) });
    // As rotateErasureKey leaves things if the laptop goes off right after its first step.
    await files.replace(erasureKeysFileName(database.name), JSON.stringify({ current: await wrapped(next.id, next.key), previous: await wrapped(old.id, old.key) }));
    holdErasureKey(next.id, next.key, true);

    await signInAgain();
    expect(file().current.id).toBe('next-key');
    expect(file().previous).toBeUndefined();
    expect((await database.dataKeys.get(amina.id))?.wrappedBy).toBe('next-key');
    expect((await clients.get(amina.id))?.name).toBe('Amina Yusuf');
  });

  it('a key row from before erasure keys (wrapped by the forum key) is moved under the erasure key at sign-in', async () => {
    const dataKey = await generateKey();
    await database.dataKeys.put({ id: 'client-old', wrapped: toBase64(await wrapKey(dataKey, forumKey())) });
    await signInAgain();
    const row = (await database.dataKeys.get('client-old'))!;
    expect(row.wrappedBy).toBe(currentErasureKey().id);
    const sealed = await sealBytes(dataKey, new TextEncoder().encode('x'));
    expect(new TextDecoder().decode(await openBytes(await unwrapDataKeyRow(row), sealed))).toBe('x');
  });

  it('a backup carries the erasure keys; a restored database’s first sign-in moves them out of IndexedDB and replaces them', async () => {
    const amina = await clients.create(validClient('Amina Yusuf'));
    const vault = (await readAllTables()).find((table) => table.name === 'vault')!;
    const carried = vault.records.find((record) => (record as { key: string }).key === 'erasure-keys') as { file: string };
    expect(ErasureKeysFile.parse(JSON.parse(carried.file)).current.id).toBe(currentErasureKey().id);

    // As after a restore: the database holds the carried row, and its own file does not exist yet.
    files.contents.clear();
    await database.vault.put({ key: 'erasure-keys', file: carried.file });
    const [admin] = await signInList();
    lock();
    await signIn(admin!.id, PASSPHRASE);
    await settleErasureKeysAtSignIn(await loadEveryDataKey());
    expect(await database.vault.get('erasure-keys')).toBeUndefined();
    expect(file().current.id).not.toBe(ErasureKeysFile.parse(JSON.parse(carried.file)).current.id);
    expect((await clients.get(amina.id))?.name).toBe('Amina Yusuf');
  });

  it('a file another forum left under the same database name (the database lost, a new forum set up) is replaced, not a bar to signing in', async () => {
    const foreign = { current: { id: 'other-forum-key', wrapped: toBase64(await wrapKey(await generateKey(), await generateKey())) } };
    await files.replace(erasureKeysFileName(database.name), JSON.stringify(foreign));
    await signInAgain();
    expect(file().current.id).not.toBe('other-forum-key');
    const saba = await clients.create(validClient('Saba Haile'));
    expect((await clients.get(saba.id))?.name).toBe('Saba Haile');
  });

  it('a file this forum’s data keys name but its forum key cannot open stops sign-in, leaving everything as it was', async () => {
    const saba = await clients.create(validClient('Saba Haile'));
    const id = (await database.dataKeys.get(saba.id))!.wrappedBy!;
    const damaged = { current: { id, wrapped: toBase64(await wrapKey(await generateKey(), await generateKey())) } };
    await files.replace(erasureKeysFileName(database.name), JSON.stringify(damaged));
    const [admin] = await signInList();
    lock();
    await expect(signIn(admin!.id, PASSPHRASE)).rejects.toThrow();
    expect(isUnlocked()).toBe(false);
    expect(file().current.id).toBe(id);
    expect((await database.dataKeys.get(saba.id))?.wrappedBy).toBe(id);
  });

  it('locks: no erasure key is held once the app is locked', async () => {
    lock();
    expect(() => currentErasureKey()).toThrow(/locked/);
    await loadErasureKeys().catch(() => undefined);
    expect(() => currentErasureKey()).toThrow(/locked/);
  });
});
