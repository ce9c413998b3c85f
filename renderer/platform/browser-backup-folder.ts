/**
 * Backups to a folder in the browser fallback, through the File System Access API where
 * the browser has it (Chromium does): the forum picks a folder once, the handle is kept
 * in IndexedDB, and each backup is written through a writable stream (Chromium writes a
 * swap file and moves it into place on close, so the file is whole or absent), read back
 * and compared, then older backups beyond the newest N are deleted. Where the API is
 * missing, or permission was not given again this visit, callers fall back to a download.
 */
import { backupsToPrune, isBackupFileName } from '../../shared/backup/backup-format';
import type { BackupFileInfo, BackupFolder, ReadBackupResult, WriteBackupRequest, WriteBackupResult } from '../../shared/ipc/contract';
import { loadBackupFolderHandle, saveBackupFolderHandle } from '../db/active-database';

/** The parts of the API used here (not all of it is in TypeScript's DOM library). */
export interface DirectoryHandle {
  kind: 'directory';
  name: string;
  queryPermission(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission(options: { mode: 'readwrite' }): Promise<PermissionState>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileSystemFileHandle>;
  removeEntry(name: string): Promise<void>;
  keys(): AsyncIterable<string>;
}

type PickerWindow = Window & { showDirectoryPicker?: (options: { id: string; mode: 'readwrite' }) => Promise<DirectoryHandle> };

export function folderApiAvailable(): boolean {
  return typeof window !== 'undefined' && typeof (window as PickerWindow).showDirectoryPicker === 'function';
}

async function storedHandle(): Promise<DirectoryHandle | undefined> {
  if (!folderApiAvailable()) return undefined;
  const handle = (await loadBackupFolderHandle().catch(() => undefined)) as DirectoryHandle | undefined;
  return handle && handle.kind === 'directory' ? handle : undefined;
}

/** A handle we may write to now. `ask`: only from a click, where the browser may prompt. */
async function writableHandle(ask: boolean): Promise<DirectoryHandle | 'no-folder' | 'no-permission'> {
  const handle = await storedHandle();
  if (!handle) return 'no-folder';
  let state = await handle.queryPermission({ mode: 'readwrite' });
  if (state !== 'granted' && ask) state = await handle.requestPermission({ mode: 'readwrite' }).catch(() => 'denied' as const);
  return state === 'granted' ? handle : 'no-permission';
}

export async function chooseBrowserBackupFolder(): Promise<BackupFolder> {
  const picker = (window as PickerWindow).showDirectoryPicker;
  if (!picker) return { chosen: false, reason: 'unavailable' };
  try {
    const handle = await picker.call(window, { id: 'signpost-backups', mode: 'readwrite' });
    await saveBackupFolderHandle(handle);
    return { chosen: true, folder: handle.name };
  } catch {
    return { chosen: false, reason: 'cancelled' };
  }
}

export async function browserBackupFolder(): Promise<BackupFolder> {
  const handle = await storedHandle();
  return handle ? { chosen: true, folder: handle.name } : { chosen: false, reason: folderApiAvailable() ? 'cancelled' : 'unavailable' };
}

async function digest(bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function writeBrowserBackup(request: WriteBackupRequest, ask: boolean): Promise<WriteBackupResult> {
  const handle = await writableHandle(ask);
  if (handle === 'no-folder') return { written: false, reason: 'no-folder', problem: 'no-folder' };
  if (handle === 'no-permission') {
    return { written: false, reason: 'no-permission', problem: 'no-permission' };
  }
  return writeBackupToDirectory(handle, request);
}

/** Writes, reads back and compares, then prunes: the folder's part, apart from permissions. */
export async function writeBackupToDirectory(handle: DirectoryHandle, request: WriteBackupRequest): Promise<WriteBackupResult> {
  try {
    const file = await handle.getFileHandle(request.fileName, { create: true });
    const stream = await file.createWritable();
    await stream.write(request.content as Uint8Array<ArrayBuffer>);
    await stream.close();
    const back = new Uint8Array(await (await file.getFile()).arrayBuffer());
    if (back.length !== request.content.length || (await digest(back)) !== (await digest(request.content))) {
      await handle.removeEntry(request.fileName).catch(() => undefined);
      return { written: false, reason: 'failed', problem: 'read-back-differs' };
    }
    const names: string[] = [];
    for await (const name of handle.keys()) names.push(name);
    const pruned = backupsToPrune(names, request.keep).filter((name) => name !== request.fileName);
    for (const name of pruned) await handle.removeEntry(name).catch(() => undefined);
    return { written: true, fileName: request.fileName, folder: handle.name, bytes: back.length, pruned: pruned.length };
  } catch (error) {
    const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
    return { written: false, reason: 'failed', problem: quota ? 'disk-full' : 'not-written' };
  }
}

export async function listBrowserBackups(): Promise<BackupFileInfo[]> {
  const handle = await writableHandle(false);
  if (typeof handle === 'string') return [];
  const out: BackupFileInfo[] = [];
  for await (const name of handle.keys()) {
    if (!isBackupFileName(name)) continue;
    const file = await (await handle.getFileHandle(name)).getFile();
    out.push({ fileName: name, bytes: file.size, modifiedAt: new Date(file.lastModified).toISOString() });
  }
  return out.sort((a, b) => b.fileName.localeCompare(a.fileName));
}

export async function readBrowserBackup(fileName: string): Promise<ReadBackupResult> {
  const handle = await writableHandle(true);
  if (typeof handle === 'string') return { found: false, problem: 'folder-unreadable' };
  try {
    const file = await (await handle.getFileHandle(fileName)).getFile();
    return { found: true, content: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { found: false, problem: 'not-found' };
  }
}
