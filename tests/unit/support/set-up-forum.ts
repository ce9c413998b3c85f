/**
 * A forum set up for real in a fresh in-memory database, as first run leaves it: the
 * administrator signed in, every data key held. For tests of what sealing, erasure keys and
 * sign-in do to stored records (the usual tests start from support/unlocked.ts instead).
 * The erasure keys' file lives in memory, and localStorage (where a replacement still owed
 * is flagged) is a map, Node having neither.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SignpostDatabase } from '../../../renderer/db/database';
import { replaceDatabase } from '../../../renderer/db/instance';
import { loadEveryDataKey } from '../../../renderer/security/data-keys';
import { filesInMemory, useErasableFiles, type ErasableFiles } from '../../../renderer/security/erasable-files';
import { dropKeys } from '../../../renderer/security/key-ring';
import { setUpForum } from '../../../renderer/security/vault';

export const TEST_PASSPHRASE = 'correct horse battery';

export async function setUpTestForum(name: string, files: ErasableFiles = filesInMemory()): Promise<SignpostDatabase> {
  dropKeys();
  const database = new SignpostDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
  replaceDatabase(database);
  useErasableFiles(files);
  const flags = new Map<string, string>();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => flags.get(k) ?? null,
    setItem: (k: string, v: string) => void flags.set(k, v),
    removeItem: (k: string) => void flags.delete(k),
  };
  await setUpForum({ forumName: 'Riverside', adminName: 'Grace', passphrase: TEST_PASSPHRASE });
  await loadEveryDataKey();
  return database;
}
