/**
 * The stored shapes of the key hierarchy (see docs/security.md). None holds a key in the
 * clear: each is a key wrapped (AES-GCM) by the key above it.
 */
import { z } from 'zod';

/** One per forum: the forum key wrapped by the recovery key, and when it was made. */
export const ForumVaultRecord = z.object({
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
export type ForumVaultRecord = z.infer<typeof ForumVaultRecord>;

/**
 * The erasure keys' file (ErasureKeysFile as JSON), carried inside a backup only: in the
 * live database the file lives outside IndexedDB (renderer/security/erasure-key.ts). A
 * restore writes it back to its place at the first sign-in and deletes this row.
 */
export const ErasureKeysVaultRecord = z.object({
  key: z.literal('erasure-keys'),
  file: z.string().min(1),
});

export const VaultRecord = z.discriminatedUnion('key', [ForumVaultRecord, ErasureKeysVaultRecord]);
export type VaultRecord = z.infer<typeof VaultRecord>;

/** An erasure key wrapped by the forum key, and the id data key rows name it by. */
const WrappedErasureKey = z.object({ id: z.string().min(1).max(40), wrapped: z.string().min(1) });

/**
 * The erasure keys' file: the one wrapping data keys now, and while a rotation is under
 * way the one before it. Replacing the file unlinks the old one from the disk.
 */
export const ErasureKeysFile = z.object({
  current: WrappedErasureKey,
  previous: WrappedErasureKey.optional(),
});
export type ErasureKeysFile = z.infer<typeof ErasureKeysFile>;

/**
 * A data key: one per client (sealing the client and their appointments, advice and
 * referrals) or per volunteer (`volunteer:<id>`), wrapped by the erasure key it names
 * (by the forum key itself when it names none: written before erasure keys, rewrapped at
 * the next sign-in). Erasing a person deletes the row and then replaces the erasure key,
 * so no stale copy of the row, and so of their sealed values, can be opened again.
 */
export const DataKeyRow = z.object({
  id: z.string().min(1).max(80),
  wrapped: z.string().min(1),
  wrappedBy: z.string().min(1).max(40).optional(),
});
export type DataKeyRow = z.infer<typeof DataKeyRow>;

/**
 * The client directory's sealed snapshot (renderer/data/directory-snapshot.ts): every
 * client's record as the directory shows it, sealed as one value (IV ‖ ciphertext+tag)
 * under the erasure key it names, so sign-in opens one value instead of 20,000. Replacing
 * that erasure key after an erasure leaves every stale copy of it unreadable.
 */
export const DirectorySnapshotRow = z.object({
  key: z.literal('clients'),
  erasureKeyId: z.string().min(1).max(40),
  sealed: z.custom<Uint8Array<ArrayBuffer>>((value) => value instanceof Uint8Array && value.byteLength > 28),
  sealedAt: z.string(),
});
export type DirectorySnapshotRow = z.infer<typeof DirectorySnapshotRow>;

/**
 * The clients table's revision (renderer/db/clients-revision.ts): a random value written
 * again in every transaction that writes a client, kept beside the snapshot. A snapshot
 * that names the revision still stored was sealed from the clients as they are now. Not
 * personal: it says only that something changed.
 */
export const ClientsRevisionRow = z.object({
  key: z.literal('clientsRevision'),
  revision: z.string().min(1).max(80),
});
export type ClientsRevisionRow = z.infer<typeof ClientsRevisionRow>;

/** What the `directorySnapshots` table holds: the snapshot, and the revision it is compared with. */
export const DirectorySnapshotsTableRow = z.union([DirectorySnapshotRow, ClientsRevisionRow]);
export type DirectorySnapshotsTableRow = z.infer<typeof DirectorySnapshotsTableRow>;

/**
 * A row of the report's facts (renderer/data/report-input/report-facts-store.ts; its keys in
 * renderer/db/report-facts-keys.ts): a revision, replaced whenever the records it stands for
 * are written, and, while current, those records' report fields sealed (IV ‖ ciphertext+tag,
 * gzipped JSON) under the erasure key it names, with the table's generation it was made in.
 */
export const ReportFactsRow = z.object({
  key: z.string().min(1).max(80),
  revision: z.string().min(1).max(80),
  generation: z.string().min(1).max(80).optional(),
  erasureKeyId: z.string().min(1).max(40).optional(),
  sealed: z.custom<Uint8Array<ArrayBuffer>>((value) => value instanceof Uint8Array && value.byteLength > 28).optional(),
});
export type ReportFactsRow = z.infer<typeof ReportFactsRow>;
