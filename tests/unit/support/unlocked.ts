/**
 * Every unit test starts signed in, as the app is whenever it reads or writes records:
 * a fresh random forum key and erasure key are held (renderer/security/key-ring.ts), so
 * repositories seal and open personal fields for real, and (the database being empty)
 * every data key is in memory, as sign-in leaves it. The erasure keys' file lives in
 * memory (Node has no origin private file system). Tests of locking and sign-in lock it
 * themselves.
 */
import { beforeEach } from 'vitest';
import { generateKey } from '../../../renderer/security/crypto';
import { filesInMemory, useErasableFiles } from '../../../renderer/security/erasable-files';
import { dropKeys, holdErasureKey, holdForumKey, markEveryDataKeyLoaded } from '../../../renderer/security/key-ring';

/** Drops every key and holds a fresh forum key and erasure key, as a sign-in does. */
export async function unlockForTest(): Promise<void> {
  dropKeys();
  useErasableFiles(filesInMemory());
  holdForumKey(await generateKey());
  holdErasureKey('test-erasure-key', await generateKey(), true);
}

beforeEach(async () => {
  await unlockForTest();
  // As after sign-in: the database starts empty, so every stored data key is in memory.
  markEveryDataKeyLoaded();
});
