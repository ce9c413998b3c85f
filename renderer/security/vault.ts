/**
 * The forum's vault: first run, sign-in, recovery and lock. First run makes the forum key
 * and the recovery key and the administrator's credential, all in one transaction; sign-in
 * unwraps the forum key with a user's PIN or passphrase and holds it in memory
 * (key-ring.ts); lock drops it. See docs/security.md for the whole hierarchy.
 */
import { UserRecord } from '../../shared/security/user';
import { formatRecoveryKey, parseRecoveryKey, RECOVERY_BYTES } from '../../shared/security/recovery-key';
import type { SecretKind } from '../../shared/security/user';
import { Settings } from '../../shared/schemas';
import { readSettings } from '../../shared/schemas/read-settings';
import { defaultSettings } from '../data/repositories/settings';
import { PERSONAL_FIELDS } from '../data/personal-fields';
import type { TableName } from '../db/database';
import { db } from '../db/instance';
import { createUserCredential, openCredential, wrapForumKey, WrongSecretError } from './credentials';
import { fromBase64, generateKey, keyFromRecoveryBytes, randomBytes, toBase64, unwrapKey, wrapKey } from './crypto';
import { clearFailures, recordFailure, remainingWait } from './guess-delay';
import { dropKeys, holdForumKey } from './key-ring';
import { loadErasureKeys } from './erasure-key';
import { currentUser, setSignedInUser } from './session';

export { WrongSecretError };

/** Too many wrong tries lately: wait `waitMs` before the next. */
export class TooManyTriesError extends Error {
  constructor(readonly waitMs: number) {
    super('Too many wrong tries: wait before trying again.');
    this.name = 'TooManyTriesError';
  }
}

export class RecoveryKeyError extends Error {
  constructor() {
    super('That recovery key is not this forum’s.');
    this.name = 'RecoveryKeyError';
  }
}

/** Whether this database has been set up (a forum key exists). */
export async function forumIsSetUp(): Promise<boolean> {
  return (await db().vault.get('forum')) !== undefined;
}

/** Who may sign in, in name order: ids, names and roles only (shown before unlock). */
export async function signInList(): Promise<Pick<UserRecord, 'id' | 'name' | 'role'>[]> {
  const users = await db().users.toArray();
  return users
    .filter((user) => !user.disabled)
    .map(({ id, name, role }) => ({ id, name, role }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export interface FirstRun {
  forumName: string;
  adminName: string;
  passphrase: string;
  language?: string;
}

/** Hooks the app runs after a sign-in (the user's language) and after keys are held (migration). */
type SignedInHook = (user: UserRecord) => Promise<void> | void;
const signedInHooks = new Set<SignedInHook>();
export function onSignedIn(hook: SignedInHook): () => void {
  signedInHooks.add(hook);
  return () => signedInHooks.delete(hook);
}

/** Work that needs no key, started as a sign-in begins so it runs while the passphrase's key is derived. */
const signingInHooks = new Set<() => void>();
export function onSigningIn(hook: () => void): () => void {
  signingInHooks.add(hook);
  return () => signingInHooks.delete(hook);
}

async function signInAs(user: UserRecord, forumKey: CryptoKey): Promise<void> {
  holdForumKey(forumKey);
  // An erasure keys' file this forum's keys name but cannot open: stay locked.
  await loadErasureKeys().catch((error: unknown) => {
    dropKeys();
    throw error;
  });
  // Independent of each other (the language, the data keys), so run side by side.
  await Promise.all([...signedInHooks].map((hook) => hook(user)));
  setSignedInUser({ userId: user.id, name: user.name, role: user.role });
  // For the benchmark (npm run bench:browser): when the keys were held and the app could show.
  performance.mark('signpost:signed-in');
}

/**
 * First run: the forum key, the recovery key (returned, to show once), the administrator
 * and the forum's name, written together. Signs the administrator in.
 */
export async function setUpForum(details: FirstRun): Promise<{ recoveryKey: string }> {
  const forumKey = await generateKey();
  const recovery = randomBytes(RECOVERY_BYTES);
  const recoverySalt = randomBytes(16);
  const recoveryWrapped = await wrapKey(forumKey, await keyFromRecoveryBytes(recovery, recoverySalt));
  const admin = UserRecord.parse(
    await createUserCredential(forumKey, { name: details.adminName, role: 'administrator', kind: 'passphrase', language: details.language }, details.passphrase),
  );
  const at = new Date().toISOString();
  const database = db();
  // A new forum holds nothing in the clear, so sign-in need never look (seal-plain-records.ts);
  // one set up over records from before sign-in existed is looked through and sealed first.
  const personalTables = (Object.keys(PERSONAL_FIELDS) as TableName[]).filter((table) => PERSONAL_FIELDS[table].length > 0);
  const nothingStored = (await Promise.all(personalTables.map((table) => database.table(table).count()))).every((count) => count === 0);
  await database.transaction('rw', [database.vault, database.users, database.settings], async () => {
    if (await database.vault.get('forum')) throw new Error('This forum is already set up.');
    await database.vault.put({
      key: 'forum',
      recoverySalt: toBase64(recoverySalt),
      recoveryWrapped: toBase64(recoveryWrapped),
      createdAt: at,
      ...(nothingStored ? { recordsSealedAt: at } : {}),
    });
    await database.users.put(admin);
    // The rest of any settings already stored (a database from before sign-in existed) stays.
    const stored: unknown = await database.settings.get('forum');
    const current = stored === undefined ? defaultSettings() : readSettings(stored, defaultSettings()).settings;
    await database.settings.put(Settings.parse({ ...current, forumName: details.forumName.trim(), updatedAt: at }));
  });
  await signInAs(admin, forumKey);
  return { recoveryKey: formatRecoveryKey(recovery) };
}

async function activeUser(userId: string): Promise<UserRecord> {
  const user = await db().users.get(userId);
  if (!user || user.disabled) throw new WrongSecretError();
  return user;
}

/** Signs a user in with their PIN or passphrase; slows repeated wrong guesses. */
export async function signIn(userId: string, secret: string): Promise<void> {
  const wait = remainingWait(userId);
  if (wait > 0) throw new TooManyTriesError(wait);
  const user = await activeUser(userId);
  for (const hook of signingInHooks) hook();
  let forumKey: CryptoKey;
  try {
    forumKey = await openCredential(user.credential, secret);
  } catch (error) {
    recordFailure(userId);
    throw error;
  }
  clearFailures(userId);
  await signInAs(user, forumKey);
}

/** Forgot the passphrase: the recovery key opens the forum key; the user gets a new secret. */
export async function recoverWithKey(userId: string, typedRecoveryKey: string, kind: SecretKind, newSecret: string): Promise<void> {
  const recovery = parseRecoveryKey(typedRecoveryKey);
  const vault = await db().vault.get('forum');
  if (!recovery || vault?.key !== 'forum') throw new RecoveryKeyError();
  let forumKey: CryptoKey;
  try {
    forumKey = await unwrapKey(fromBase64(vault.recoveryWrapped), await keyFromRecoveryBytes(recovery, fromBase64(vault.recoverySalt)));
  } catch {
    throw new RecoveryKeyError();
  }
  const user = await activeUser(userId);
  const updated = { ...user, credential: await wrapForumKey(forumKey, kind, newSecret), updatedAt: new Date().toISOString() };
  await db().transaction('rw', db().users, () => db().users.put(updated));
  clearFailures(userId);
  await signInAs(updated, forumKey);
}

/** Locks: drops every key and decrypted copy, and signs the user out of this window. */
export function lock(): void {
  dropKeys();
  setSignedInUser(null);
}

/** Keeps the signed-in user's choice of language on their record (Settings → Language). */
export async function saveSignedInUserLanguage(language: string): Promise<void> {
  const signedIn = currentUser();
  if (!signedIn) return;
  await db().transaction('rw', db().users, async () => {
    const user = await db().users.get(signedIn.userId);
    if (user) await db().users.put({ ...user, language, updatedAt: new Date().toISOString() });
  });
}
