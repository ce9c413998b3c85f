/**
 * What Signpost remembers about backups outside IndexedDB (in localStorage), so that it
 * is still known when the database itself is emptied, damaged or evicted: when the last
 * good backup was made and where, and that this forum had records at all. Nothing
 * personal is kept here: times, a file name and counts.
 */
import { z } from 'zod';
import { onOwnRecordsWritten } from '../../db/own-records';

const LAST_BACKUP_KEY = 'signpost.lastGoodBackup';
const HAD_DATA_KEY = 'signpost.forumHadData';

export const LastGoodBackup = z.object({
  at: z.string().datetime({ offset: true }),
  fileName: z.string().max(200),
  /** 'folder': written to the backup folder and read back; 'download': saved by the browser. */
  where: z.enum(['folder', 'download']),
  encrypted: z.boolean(),
  counts: z.record(z.string(), z.number()),
});
export type LastGoodBackup = z.infer<typeof LastGoodBackup>;

export const ForumHadData = z.object({ since: z.string().datetime({ offset: true }) });
export type ForumHadData = z.infer<typeof ForumHadData>;

const listeners = new Set<() => void>();
let version = 0;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function read<S extends z.ZodType>(key: string, schema: S): z.output<S> | undefined {
  const text = storage()?.getItem(key);
  if (!text) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === undefined) storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // A full or disabled localStorage only loses the reminder, never data.
  }
  version += 1;
  for (const listener of listeners) listener();
}

export const lastGoodBackup = (): LastGoodBackup | undefined => read(LAST_BACKUP_KEY, LastGoodBackup);
export const rememberGoodBackup = (backup: LastGoodBackup): void => write(LAST_BACKUP_KEY, backup);

export const forumHadData = (): ForumHadData | undefined => read(HAD_DATA_KEY, ForumHadData);
export function rememberForumHadData(now = new Date()): void {
  if (!forumHadData()) write(HAD_DATA_KEY, { since: now.toISOString() });
}
// Remembered as the forum's own records are written (committed), by whichever code.
onOwnRecordsWritten(() => rememberForumHadData());
/** "Start afresh" after the missing-data notice: the forum chose not to restore. */
export const forgetForumHadData = (): void => write(HAD_DATA_KEY, undefined);

/** For useSyncExternalStore: re-render when any of this changes (in this window). */
export function subscribeBackupStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const backupStatusVersion = (): number => version;
