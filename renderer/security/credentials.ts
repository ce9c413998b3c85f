/**
 * A user's credential: the forum key wrapped by a key derived from their PIN or
 * passphrase (PBKDF2-SHA-256, 600,000 iterations), and in the desktop shell sealed once
 * more by the OS keychain, so a copy of the profile alone cannot be used to guess a PIN.
 */
import type { SecretKind, UserRecord, WrappedCredential } from '../../shared/security/user';
import type { Role } from '../../shared/security/roles';
import { keychain } from './keychain';
import { fromBase64, keyFromSecret, PBKDF2_ITERATIONS, randomBytes, toBase64, unwrapKey, wrapKey } from './crypto';

/** The PIN or passphrase did not open the credential (or the keychain would not open it). */
export class WrongSecretError extends Error {
  constructor() {
    super('That PIN or passphrase is not right.');
    this.name = 'WrongSecretError';
  }
}

export interface NewUser {
  id?: string;
  name: string;
  role: Role;
  volunteerId?: string;
  language?: string;
  kind: SecretKind;
}

async function keychainSeal(text: string): Promise<string | undefined> {
  if (!(await keychain().available())) return undefined;
  const sealed = await keychain().protect(text);
  return sealed.ok ? sealed.text : undefined;
}

export async function wrapForumKey(forumKey: CryptoKey, kind: SecretKind, secret: string): Promise<WrappedCredential> {
  const salt = randomBytes(16);
  const wrapped = toBase64(await wrapKey(forumKey, await keyFromSecret(secret, salt, PBKDF2_ITERATIONS)));
  const sealed = await keychainSeal(wrapped);
  return { kind, salt: toBase64(salt), iterations: PBKDF2_ITERATIONS, wrapped: sealed ?? wrapped, keychain: sealed !== undefined };
}

/**
 * A user record holding the forum key wrapped by their secret, ready to store in `users`
 * (the caller writes it, in its own transaction, with its audit entry).
 */
export async function createUserCredential(forumKey: CryptoKey, user: NewUser, secret: string): Promise<UserRecord> {
  const at = new Date().toISOString();
  return {
    id: user.id ?? crypto.randomUUID(),
    name: user.name.trim(),
    role: user.role,
    ...(user.volunteerId ? { volunteerId: user.volunteerId } : {}),
    ...(user.language ? { language: user.language } : {}),
    credential: await wrapForumKey(forumKey, user.kind, secret),
    disabled: false,
    createdAt: at,
    updatedAt: at,
  };
}

/** The forum key, or WrongSecretError. */
export async function openCredential(credential: WrappedCredential, secret: string): Promise<CryptoKey> {
  let wrapped = credential.wrapped;
  if (credential.keychain) {
    const opened = await keychain().unprotect(wrapped);
    if (!opened.ok) throw new WrongSecretError();
    wrapped = opened.text;
  }
  const key = await keyFromSecret(secret, fromBase64(credential.salt), credential.iterations);
  try {
    return await unwrapKey(fromBase64(wrapped), key);
  } catch {
    throw new WrongSecretError();
  }
}
