// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SignpostDatabase } from '../../../../renderer/db/database';
import { replaceDatabase } from '../../../../renderer/db/instance';
import { createUserCredential, openCredential, WrongSecretError } from '../../../../renderer/security/credentials';
import { fromBase64, generateKey, openBytes, sealBytes, wrapKey, unwrapKey } from '../../../../renderer/security/crypto';
import { dataKeyFor, destroyClientKey, loadDataKeys } from '../../../../renderer/security/data-keys';
import { setKeychain, type Keychain } from '../../../../renderer/security/keychain';
import { forumKey, isUnlocked } from '../../../../renderer/security/key-ring';
import { currentUser } from '../../../../renderer/security/session';
import { forumIsSetUp, lock, recoverWithKey, RecoveryKeyError, setUpForum, signIn, signInList, TooManyTriesError } from '../../../../renderer/security/vault';

const PASSPHRASE = 'correct horse battery';
let database: SignpostDatabase;
const store = new Map<string, string>();

beforeEach(() => {
  database = new SignpostDatabase('signpost-vault-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  replaceDatabase(database);
  store.clear();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  };
});
afterEach(() => {
  lock();
  setKeychain(undefined);
});

const encode = (text: string) => new TextEncoder().encode(text);

describe('the primitives', () => {
  it('seal each value with a fresh IV, and refuse a wrong key or a changed byte', async () => {
    const key = await generateKey();
    const a = await sealBytes(key, encode('Amina Yusuf'));
    const b = await sealBytes(key, encode('Amina Yusuf'));
    expect(a.slice(0, 12)).not.toEqual(b.slice(0, 12));
    expect(new TextDecoder().decode(await openBytes(key, a))).toBe('Amina Yusuf');
    await expect(openBytes(await generateKey(), a)).rejects.toThrow();
    const flipped = a.slice();
    flipped[20]! ^= 1;
    await expect(openBytes(key, flipped)).rejects.toThrow();
  });

  it('wrap a key so that only the wrapping key gets it back', async () => {
    const inner = await generateKey();
    const outer = await generateKey();
    const wrapped = await wrapKey(inner, outer);
    const back = await unwrapKey(wrapped, outer);
    expect(new TextDecoder().decode(await openBytes(back, await sealBytes(inner, encode('x'))))).toBe('x');
    await expect(unwrapKey(wrapped, await generateKey())).rejects.toThrow();
  });
});

describe('first run, sign-in and recovery', () => {
  it('sets up the forum, signs the administrator in, and locks', async () => {
    expect(await forumIsSetUp()).toBe(false);
    const { recoveryKey } = await setUpForum({ forumName: 'Riverside Forum', adminName: 'Grace Okafor', passphrase: PASSPHRASE });
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(await forumIsSetUp()).toBe(true);
    expect(isUnlocked()).toBe(true);
    expect(currentUser()).toMatchObject({ name: 'Grace Okafor', role: 'administrator' });
    expect((await database.settings.get('forum'))?.forumName).toBe('Riverside Forum');
    // Nothing stored holds the passphrase or a key in the clear.
    const user = (await database.users.toArray())[0]!;
    expect(JSON.stringify(user)).not.toContain(PASSPHRASE);
    lock();
    expect(isUnlocked()).toBe(false);
    expect(currentUser()).toBeNull();
    expect(() => forumKey()).toThrow(/locked/);
  });

  it('signs in with the right passphrase only, and slows repeated wrong guesses', async () => {
    await setUpForum({ forumName: 'F', adminName: 'Grace', passphrase: PASSPHRASE });
    lock();
    const [admin] = await signInList();
    await expect(signIn(admin!.id, 'not the passphrase')).rejects.toBeInstanceOf(WrongSecretError);
    await expect(signIn(admin!.id, 'still not it')).rejects.toBeInstanceOf(WrongSecretError);
    await expect(signIn(admin!.id, 'nor this one')).rejects.toBeInstanceOf(WrongSecretError);
    // The fourth try comes too soon: refused without even trying the secret.
    const early = await signIn(admin!.id, PASSPHRASE).catch((e: unknown) => e);
    expect(early).toBeInstanceOf(TooManyTriesError);
    expect((early as TooManyTriesError).waitMs).toBeGreaterThan(0);
    expect(isUnlocked()).toBe(false);
    store.clear();
    await signIn(admin!.id, PASSPHRASE);
    expect(isUnlocked()).toBe(true);
  });

  it('recovers with the recovery key and a new passphrase; a wrong recovery key is refused', async () => {
    const { recoveryKey } = await setUpForum({ forumName: 'F', adminName: 'Grace', passphrase: PASSPHRASE });
    const keyBefore = forumKey();
    const sealed = await sealBytes(keyBefore, encode('note'));
    lock();
    const [admin] = await signInList();
    await expect(recoverWithKey(admin!.id, 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', 'passphrase', 'a brand new one')).rejects.toBeInstanceOf(RecoveryKeyError);
    await recoverWithKey(admin!.id, recoveryKey.toLowerCase().replace(/-/g, ' '), 'passphrase', 'a brand new one');
    expect(new TextDecoder().decode(await openBytes(forumKey(), sealed))).toBe('note');
    lock();
    await expect(signIn(admin!.id, PASSPHRASE)).rejects.toBeInstanceOf(WrongSecretError);
    await signIn(admin!.id, 'a brand new one');
    expect(currentUser()?.name).toBe('Grace');
  });
});

describe('user credentials', () => {
  it('wrap the forum key per user; with the OS keychain, the wrapped key is sealed again', async () => {
    const forum = await generateKey();
    const sealedByOs = new Set<string>();
    const fakeKeychain: Keychain = {
      available: async () => true,
      protect: async (text) => {
        const sealed = `os:${[...text].reverse().join('')}`;
        sealedByOs.add(sealed);
        return { ok: true, text: sealed };
      },
      unprotect: async (text) => (sealedByOs.has(text) ? { ok: true, text: [...text.slice(3)].reverse().join('') } : { ok: false, reason: 'failed' }),
    };
    setKeychain(fakeKeychain);
    const user = await createUserCredential(forum, { name: 'Jon', role: 'frontDesk', kind: 'pin' }, '270419');
    expect(user.credential).toMatchObject({ kind: 'pin', keychain: true, iterations: 600_000 });
    const opened = await openCredential(user.credential, '270419');
    const probe = await sealBytes(forum, encode('p'));
    expect(new TextDecoder().decode(await openBytes(opened, probe))).toBe('p');
    // On another machine (its keychain cannot open it) even the right PIN gets nothing.
    sealedByOs.clear();
    await expect(openCredential(user.credential, '270419')).rejects.toBeInstanceOf(WrongSecretError);
  });
});

describe('data keys', () => {
  it('one per owner, wrapped under the forum key, shared by concurrent callers, and destroyed with the client', async () => {
    await setUpForum({ forumName: 'F', adminName: 'Grace', passphrase: PASSPHRASE });
    const [a, b] = await Promise.all([dataKeyFor('client-1'), dataKeyFor('client-1')]);
    expect(a).toBe(b);
    const sealed = await sealBytes(a!, encode('Amina'));
    const row = await database.dataKeys.get('client-1');
    expect(row).toBeDefined();
    // After a lock the key comes back from its wrapped row.
    const [admin] = await signInList();
    lock();
    await signIn(admin!.id, PASSPHRASE);
    await loadDataKeys(['client-1']);
    expect(new TextDecoder().decode(await openBytes(await dataKeyFor('client-1'), sealed))).toBe('Amina');
    await database.transaction('rw', database.dataKeys, database.directorySnapshots, () => destroyClientKey('client-1'));
    expect(await database.dataKeys.get('client-1')).toBeUndefined();
    // The row is gone; a lingering copy of it is a wrapped key, nothing more (erasure-key.test.ts
    // shows it opens with nothing the forum holds once the erasure key is replaced).
    expect(fromBase64(row!.wrapped).byteLength).toBeGreaterThan(32);
    const fresh = await dataKeyFor('client-1');
    await expect(openBytes(fresh, sealed)).rejects.toThrow();
  });
});
