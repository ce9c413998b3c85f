/**
 * Making a backup and putting it somewhere: the backup folder when there is one (the
 * desktop app's folder, or the browser's File System Access folder), read back and
 * verified there; otherwise, when a person asked for it, a download. Only a backup that
 * was verified (and, for a download, handed to the browser whole) counts as the last
 * good one.
 */
import { DEFAULT_BACKUPS_KEPT } from '../../../shared/backup/backup-format';
import type { WriteBackupProblem } from '../../../shared/ipc/contract';
import { i18n } from '../../i18n';
import { lastGoodBackup, makeBackup, recordBackupMade, rememberGoodBackup, type MadeBackup } from '../../data';
import { getPlatform } from '../../platform/get-platform';

const KEEP_KEY = 'signpost.backupsKept';

/** How many backups the folder may keep: at least the newest, at most a hundred. */
export const MIN_BACKUPS_KEPT = 1;
export const MAX_BACKUPS_KEPT = 100;

export function backupsKept(): number {
  const stored = Number.parseInt(globalThis.localStorage?.getItem(KEEP_KEY) ?? '', 10);
  return Number.isInteger(stored) && stored >= MIN_BACKUPS_KEPT && stored <= MAX_BACKUPS_KEPT ? stored : DEFAULT_BACKUPS_KEPT;
}

export function setBackupsKept(keep: number): void {
  globalThis.localStorage?.setItem(KEEP_KEY, String(keep));
}

/** Why no backup was kept, as a code the screen words (backups:failed.<problem>). */
export type BackupFailure = WriteBackupProblem | 'records-unreadable' | 'not-saved' | 'save-failed';

export type BackupOutcome =
  | { done: true; where: 'folder' | 'download'; fileName: string; folder?: string; made: MadeBackup }
  | { done: false; why: 'no-folder' | 'failed'; problem: BackupFailure };

async function appVersion(): Promise<string> {
  return (await getPlatform().getAppInfo().catch(() => undefined))?.version ?? 'unknown';
}

function remember(made: MadeBackup, where: 'folder' | 'download', fileName: string): void {
  rememberGoodBackup({ at: made.createdAt, fileName, where, encrypted: made.encrypted, counts: made.counts });
}

/**
 * `manual`: a person clicked; without a folder the backup is downloaded.
 * `automatic`: the schedule or the app closing; without a usable folder nothing happens.
 */
export async function backUp(mode: 'manual' | 'automatic', passphrase?: string): Promise<BackupOutcome> {
  const platform = getPlatform();
  const folder = await platform.getBackupFolder().catch(() => ({ chosen: false as const }));
  if (!folder.chosen && mode === 'automatic') return { done: false, why: 'no-folder', problem: 'no-folder' };

  let made: MadeBackup;
  try {
    made = await makeBackup({ appVersion: await appVersion(), automatic: mode === 'automatic', ...(passphrase ? { passphrase } : {}) });
  } catch {
    return { done: false, why: 'failed', problem: 'records-unreadable' };
  }

  if (folder.chosen) {
    const written = await platform.writeBackup({ fileName: made.fileName, content: made.bytes, keep: backupsKept() });
    if (written.written) {
      remember(made, 'folder', written.fileName);
      await recordBackupMade(made, 'folder');
      return { done: true, where: 'folder', fileName: written.fileName, folder: written.folder, made };
    }
    if (mode === 'automatic') return { done: false, why: written.reason === 'failed' ? 'failed' : 'no-folder', problem: written.problem };
    if (written.reason === 'failed') return { done: false, why: 'failed', problem: written.problem };
    // No permission for the folder this visit: a download still gets the forum a backup.
  }

  const saved = await platform.saveFile({
    suggestedName: made.fileName,
    content: made.bytes,
    filters: [{ name: i18n.t('backups:file.kind'), extensions: ['spbackup'] }],
  });
  if (!saved.saved) {
    return { done: false, why: 'failed', problem: saved.reason === 'cancelled' ? 'not-saved' : 'save-failed' };
  }
  remember(made, 'download', saved.fileName);
  await recordBackupMade(made, 'download');
  return { done: true, where: 'download', fileName: saved.fileName, made };
}

/** For the schedule: the time of the last good backup, if any. */
export const lastGoodBackupAt = (): string | undefined => lastGoodBackup()?.at;
