/**
 * The stored shapes of the key hierarchy (see docs/security.md). None holds a key in the
 * clear: each is a key wrapped (AES-GCM) by the key above it.
 */
import { z } from 'zod';

/** One per forum: the forum key wrapped by the recovery key, and when it was made. */
export const VaultRecord = z.object({
  key: z.literal('forum'),
  /** HKDF salt for the recovery key, base64. */
  recoverySalt: z.string().min(1),
  /** The forum key wrapped by the key derived from the recovery key, base64. */
  recoveryWrapped: z.string().min(1),
  createdAt: z.string(),
  /**
   * When sign-in last found no record holding personal fields in the clear (or sealed the
   * last of them). Every write seals, so from then on sign-in need not read every record
   * again to look; a database restored from a backup made before encryption lacks it.
   */
  recordsSealedAt: z.string().optional(),
});
export type VaultRecord = z.infer<typeof VaultRecord>;

/**
 * A data key: one per client (sealing the client and their appointments, advice and
 * referrals) or per volunteer (`volunteer:<id>`), wrapped by the forum key. Deleting the
 * row leaves that person's sealed values undecryptable anywhere they linger.
 */
export const DataKeyRow = z.object({
  id: z.string().min(1).max(80),
  wrapped: z.string().min(1),
});
export type DataKeyRow = z.infer<typeof DataKeyRow>;
