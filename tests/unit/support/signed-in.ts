/**
 * Every unit test starts with an administrator signed in, as the app is whenever a screen
 * reads or writes records: the repository commands refuse anyone else's role or no one
 * (renderer/security/permissions.ts). Tests of roles and of sign-in set their own user.
 */
import { afterEach, beforeEach } from 'vitest';
import { setSignedInUser } from '../../../renderer/security/session';

export const TEST_ADMINISTRATOR = { userId: 'test-administrator', name: 'Test administrator', role: 'administrator' } as const;

beforeEach(() => setSignedInUser({ ...TEST_ADMINISTRATOR }));
afterEach(() => setSignedInUser(null));
