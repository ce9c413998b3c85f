/**
 * The backup folder on disk: write a backup so that it is whole or absent (temporary
 * file, fsync, rename, then the folder itself fsynced), read it back and compare its
 * SHA-256 before reporting it written, keep only the newest N of Signpost's own backups,
 * list them, and read one for a restore. The folder is the shell's to know: the renderer
 * names a file only by a backup file name (checked by the IPC contract), never a path.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { backupsToPrune, isBackupFileName } from '../../shared/backup/backup-format';
import type { BackupFileInfo, ReadBackupResult, WriteBackupProblem, WriteBackupResult } from '../../shared/ipc/contract';
import { writeFileAtomically } from './write-file-atomically';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function safeName(fileName: string): string {
  // The contract has already checked the name; this keeps the module safe on its own.
  if (!isBackupFileName(fileName) || basename(fileName) !== fileName) throw new Error('Not a backup file name');
  return fileName;
}

async function syncFolder(folder: string): Promise<void> {
  // The rename is durable only once the folder's entry is on disk (not possible on Windows).
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The file system's error as a code the renderer words (a full disk, no permission, a removed USB stick). */
function problemOf(error: unknown): WriteBackupProblem {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOSPC') return 'disk-full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'not-allowed';
  if (code === 'ENOENT') return 'folder-gone';
  return 'not-written';
}

export async function writeBackupToFolder(folder: string, fileName: string, content: Uint8Array, keep: number): Promise<WriteBackupResult> {
  try {
    await mkdir(folder, { recursive: true });
    const target = join(folder, safeName(fileName));
    await writeFileAtomically(target, content);
    await syncFolder(folder);
    // Read back what the disk holds, not what we meant to write.
    const written = await readFile(target);
    if (written.length !== content.length || sha256(written) !== sha256(content)) {
      await rm(target, { force: true });
      return { written: false, reason: 'failed', problem: 'read-back-differs' };
    }
    const pruned = backupsToPrune(await readdir(folder), keep).filter((name) => name !== fileName);
    for (const name of pruned) await rm(join(folder, name), { force: true });
    return { written: true, fileName, folder, bytes: written.length, pruned: pruned.length };
  } catch (error) {
    return { written: false, reason: 'failed', problem: problemOf(error) };
  }
}

/** Signpost's backups in the folder, newest first. */
export async function listBackupsInFolder(folder: string): Promise<BackupFileInfo[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const out: BackupFileInfo[] = [];
  for (const fileName of names.filter(isBackupFileName).sort().reverse()) {
    const info = await stat(join(folder, fileName)).catch(() => undefined);
    if (info?.isFile()) out.push({ fileName, bytes: info.size, modifiedAt: info.mtime.toISOString() });
  }
  return out;
}

export async function readBackupFromFolder(folder: string, fileName: string, maxBytes: number): Promise<ReadBackupResult> {
  try {
    const target = join(folder, safeName(fileName));
    const info = await stat(target);
    if (info.size > maxBytes) return { found: false, problem: 'too-large' };
    return { found: true, content: new Uint8Array(await readFile(target)) };
  } catch {
    return { found: false, problem: 'not-found' };
  }
}
