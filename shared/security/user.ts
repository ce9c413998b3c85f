/**
 * A person who signs in to Signpost. Their name is stored readable (the sign-in screen
 * lists it before anything is unlocked); everything else about them that is personal lives
 * in their volunteer record, which is encrypted. `credential` is the forum key wrapped by
 * a key derived from their PIN or passphrase: it says nothing without the secret.
 */
import { z } from 'zod';
import { ROLES } from './roles';

export const SECRET_KINDS = ['pin', 'passphrase'] as const;
export const SecretKind = z.enum(SECRET_KINDS);
export type SecretKind = z.infer<typeof SecretKind>;

export const WrappedCredential = z.object({
  kind: SecretKind,
  /** PBKDF2 salt, base64. */
  salt: z.string().min(1),
  iterations: z.number().int().min(100_000),
  /** The forum key wrapped (AES-GCM) by the derived key, base64. */
  wrapped: z.string().min(1),
  /** True when `wrapped` is itself sealed by the OS keychain (desktop shell, safeStorage). */
  keychain: z.boolean().default(false),
});
export type WrappedCredential = z.infer<typeof WrappedCredential>;

export const UserRecord = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  volunteerId: z.string().min(1).max(64).optional(),
  /** The interface language they chose (a code from renderer/i18n/languages.ts). */
  language: z.string().min(2).max(16).optional(),
  credential: WrappedCredential,
  disabled: z.boolean().default(false),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UserRecord = z.infer<typeof UserRecord>;
