/**
 * Every unit test starts signed in, as the app is whenever it reads or writes records:
 * a fresh random forum key is held (renderer/security/key-ring.ts), so repositories seal
 * and open personal fields for real, and (the database being empty) every data key is
 * in memory, as sign-in leaves it. Tests of locking and sign-in lock it themselves.
 */
import { beforeEach } from 'vitest';
import { generateKey } from '../../../renderer/security/crypto';
import { dropKeys, holdForumKey, markEveryDataKeyLoaded } from '../../../renderer/security/key-ring';

beforeEach(async () => {
  dropKeys();
  holdForumKey(await generateKey());
  // As after sign-in: the database starts empty, so every stored data key is in memory.
  markEveryDataKeyLoaded();
});
