/**
 * The backup file's envelope, in words and schemas, with no crypto or I/O (those live in
 * renderer/data/backup/backup-codec.ts, where WebCrypto is typed).
 *
 * A backup is one file:
 *
 *   MAGIC (16 bytes, "SIGNPOST-BACKUP\n")
 *   header length (4 bytes, big-endian)
 *   header (UTF-8 JSON, BackupHeader: format and schema version, when, encryption, counts)
 *   payload (header.payloadBytes bytes: gzip of the manifest and every table's records,
 *            then AES-256-GCM encrypted when the backup has a passphrase)
 *   trailer (32 bytes: SHA-256 of everything before it)
 *
 * The trailer makes any truncation or flipped bit detectable before anything is decoded;
 * the manifest inside the payload (counts and a SHA-256 per table and for the whole)
 * checks the records again after decoding. The header holds nothing personal.
 */
import { z } from 'zod';

export const BACKUP_MAGIC = 'SIGNPOST-BACKUP\n';
export const BACKUP_FORMAT_VERSION = 1;
/** The file name extension (the IPC contract allows up to eight letters or digits). */
export const BACKUP_EXTENSION = 'spbackup';
export const TRAILER_BYTES = 32;
/** The header is a few hundred bytes; anything much larger is not one of ours. */
export const MAX_HEADER_BYTES = 64 * 1024;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;

export const BackupEncryption = z.discriminatedUnion('scheme', [
  z.object({ scheme: z.literal('none') }),
  z.object({
    scheme: z.literal('aes-256-gcm'),
    kdf: z.literal('pbkdf2-sha256'),
    iterations: z.number().int().min(PBKDF2_ITERATIONS),
    /** Base64. */
    salt: z.string().min(16).max(64),
    iv: z.string().min(12).max(64),
  }),
]);
export type BackupEncryption = z.infer<typeof BackupEncryption>;

export const BackupHeader = z.object({
  format: z.literal('signpost-backup'),
  formatVersion: z.number().int().min(1),
  /** The database version (renderer/db/versions.ts) the records were written at. */
  schemaVersion: z.number().int().min(1),
  createdAt: z.string().datetime({ offset: true }),
  appVersion: z.string().max(40),
  encryption: BackupEncryption,
  payloadBytes: z.number().int().min(0),
  /** Records per table, so a restore can say what it holds before a passphrase is typed. */
  counts: z.record(z.string(), z.number().int().min(0)),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const ManifestTable = z.object({
  name: z.string().min(1).max(64),
  count: z.number().int().min(0),
  /** Length of this table's JSON in the payload, in bytes. */
  bytes: z.number().int().min(0),
  /** SHA-256 (hex) of this table's JSON bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * Ids of records that did not fit their schema when the backup was made. They are kept
   * as they were (a damaged record is never dropped) and restored as they were.
   */
  unreadable: z.array(z.string()).default([]),
});
export type ManifestTable = z.infer<typeof ManifestTable>;

export const BackupManifest = z.object({
  tables: z.array(ManifestTable),
  /** SHA-256 (hex) of every table's SHA-256, in order: the whole backup in one value. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

/** Why a file was refused, as a code the renderer words in the chosen language; none touches the current data. */
export type BackupProblem =
  | 'not-a-backup'
  | 'truncated'
  | 'damaged'
  | 'newer-version'
  | 'passphrase-needed'
  | 'wrong-passphrase'
  | 'records-invalid'
  | 'too-large';

/** "signpost-2026-12-03-091205.spbackup": sorts by time, and says what it is. */
export function backupFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `signpost-${stamp}.${BACKUP_EXTENSION}`;
}

const BACKUP_FILE_PATTERN = /^signpost-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?\.spbackup$/;

/** True for the names Signpost gives its own backups; pruning never touches anything else. */
export function isBackupFileName(name: string): boolean {
  return BACKUP_FILE_PATTERN.test(name);
}

/** Which of a folder's files to delete so that only the newest `keep` backups remain. */
export function backupsToPrune(names: readonly string[], keep: number): string[] {
  const ours = names.filter(isBackupFileName).sort();
  return ours.slice(0, Math.max(0, ours.length - Math.max(1, keep)));
}

export const DEFAULT_BACKUPS_KEPT = 10;
export const AUTOMATIC_BACKUP_INTERVAL_HOURS = 24;
export const BACKUP_NAG_DAYS = 7;

/** An automatic backup is due when none has been made or the last is a day old. */
export function isBackupDue(lastGoodAt: string | undefined, now: Date, intervalHours = AUTOMATIC_BACKUP_INTERVAL_HOURS): boolean {
  if (!lastGoodAt) return true;
  const last = Date.parse(lastGoodAt);
  if (Number.isNaN(last)) return true;
  return now.getTime() - last >= intervalHours * 3_600_000;
}

/** Whole days since the last good backup; undefined when there has never been one. */
export function daysSinceBackup(lastGoodAt: string | undefined, now: Date): number | undefined {
  if (!lastGoodAt) return undefined;
  const last = Date.parse(lastGoodAt);
  if (Number.isNaN(last)) return undefined;
  return Math.floor((now.getTime() - last) / 86_400_000);
}

/** The reminder's rule: no backup yet, or the last good one is a week old or more. */
export function backupIsOverdue(lastGoodAt: string | undefined, now: Date): boolean {
  const days = daysSinceBackup(lastGoodAt, now);
  return days === undefined || days >= BACKUP_NAG_DAYS;
}
