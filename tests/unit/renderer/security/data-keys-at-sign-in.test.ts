// @vitest-environment node
/**
 * Sign-in reads every data key once, still wrapped, and unwraps a person's key only when a
 * record of theirs is first opened: on a large forum unwrapping all 20,000 at sign-in held
 * the first screen for seconds. Nothing that opens a record waits on the key table then,
 * not even inside a transaction that holds it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clients } from '../../../../renderer/data';
import '../../../../renderer/features/access/seal-on-sign-in';
import { lock, setUpForum, signIn, signInList } from '../../../../renderer/security/vault';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { freshDatabase, validClient } from '../data/fresh-database';

const PASSPHRASE = 'correct horse battery';
let database: SignpostDatabase;

beforeEach(() => {
  database = freshDatabase();
  const stored = new Map<string, string>();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  };
});
afterEach(() => {
  vi.restoreAllMocks();
  lock();
});

describe('data keys at sign-in', () => {
  it('are read wrapped and unwrapped one person at a time, when a record of theirs is opened', async () => {
    await setUpForum({ forumName: 'F', adminName: 'Grace', passphrase: PASSPHRASE });
    const made: { id: string }[] = [];
    for (const name of ['Amina Yusuf', 'Bilal Haddad', 'Carla Mendes', 'Dawit Bekele']) made.push(await clients.create(validClient(name)));
    const [admin] = await signInList();
    lock();

    const unwrap = vi.spyOn(globalThis.crypto.subtle, 'unwrapKey');
    await signIn(admin!.id, PASSPHRASE);
    // The forum key from the passphrase and the erasure key from its file, and no person's key.
    expect(unwrap).toHaveBeenCalledTimes(2);

    expect((await clients.get(made[1]!.id))?.name).toBe('Bilal Haddad');
    expect(unwrap).toHaveBeenCalledTimes(3);
    // Inside a transaction that holds the key table, a record still opens (its key comes from memory).
    const inside = await database.transaction('rw', database.clients, database.dataKeys, () => clients.get(made[2]!.id));
    expect(inside?.name).toBe('Carla Mendes');
    expect(unwrap).toHaveBeenCalledTimes(4);
    // Each key is unwrapped once, however often its person is read.
    expect((await clients.list()).map((client) => client.name).sort()).toEqual(['Amina Yusuf', 'Bilal Haddad', 'Carla Mendes', 'Dawit Bekele']);
    expect(unwrap).toHaveBeenCalledTimes(6);
  });
});
