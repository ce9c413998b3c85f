/**
 * The typed contract between the renderer and the Electron shell.
 *
 * Every channel names a zod schema for its arguments. The main process parses the
 * arguments with it before any handler runs (electron/ipc/guard.ts), and the preload
 * exposes exactly one named method per channel (`SignpostApi`), so the renderer never
 * sees `ipcRenderer` and cannot reach a channel that is not listed here.
 */
import { z } from 'zod';
import { isBackupFileName } from '../backup/backup-format';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, API_CHANNELS } from './channels';

export { APP_HOST, APP_ORIGIN, APP_SCHEME, API_CHANNELS };

/** Largest file the renderer may ask the shell to write: a year's report with charts. */
export const MAX_SAVE_BYTES = 50 * 1024 * 1024;

const FileName = z
  .string()
  .trim()
  .min(1, 'A file name is needed')
  .max(120)
  .refine((name) => !/[\\/:*?"<>|\u0000-\u001f]/.test(name), 'A file name cannot contain path characters');

const FileFilter = z.object({
  name: z.string().min(1).max(60),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).min(1).max(5),
});

export const SaveFileRequest = z.object({
  suggestedName: FileName,
  /** Text (CSV, JSON, .ics) or bytes (xlsx, zip, pdf). */
  content: z.union([
    z.string().max(MAX_SAVE_BYTES),
    z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVE_BYTES, 'The file is too large'),
  ]),
  filters: z.array(FileFilter).max(4).default([]),
});
export type SaveFileRequest = z.input<typeof SaveFileRequest>;

export const PrintToPdfRequest = z.object({
  suggestedName: FileName,
  landscape: z.boolean().default(false),
});
export type PrintToPdfRequest = z.input<typeof PrintToPdfRequest>;

export const OpenExternalRequest = z.object({ url: z.string().max(2048) });
export type OpenExternalRequest = z.input<typeof OpenExternalRequest>;

export const NoArguments = z.undefined();

/** Largest backup the shell writes or reads: the ten-year forum compresses to far less. */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

/** Only names Signpost gives its backups: the renderer can never name another file. */
const BackupFileName = z.string().max(80).refine(isBackupFileName, 'Not a Signpost backup file name');

export const WriteBackupRequest = z.object({
  fileName: BackupFileName,
  content: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_BACKUP_BYTES, 'The backup is empty or too large'),
  /** How many backups to keep in the folder; older ones are deleted after this one is verified. */
  keep: z.number().int().min(1).max(100),
});
export type WriteBackupRequest = z.input<typeof WriteBackupRequest>;

export const ReadBackupRequest = z.object({ fileName: BackupFileName });
export type ReadBackupRequest = z.input<typeof ReadBackupRequest>;

/** Where backups go. `folder` is for showing, never sent back: the shell keeps the real path. */
export type BackupFolder = { chosen: true; folder: string } | { chosen: false; reason?: 'cancelled' | 'unavailable' };

/** Why a backup was not written, as a code: the screen words it in the volunteer's language. */
export type WriteBackupProblem = 'no-folder' | 'no-permission' | 'disk-full' | 'not-allowed' | 'folder-gone' | 'read-back-differs' | 'not-written';

export type WriteBackupResult =
  | { written: true; fileName: string; folder: string; bytes: number; pruned: number }
  | { written: false; reason: 'no-folder' | 'no-permission' | 'failed'; problem: WriteBackupProblem };

export interface BackupFileInfo {
  fileName: string;
  bytes: number;
  modifiedAt: string;
}

/** Why a backup in the folder could not be read, as a code the screen words. */
export type ReadBackupProblem = 'not-found' | 'too-large' | 'folder-unreadable' | 'bad-name';

export type ReadBackupResult = { found: true; content: Uint8Array } | { found: false; problem: ReadBackupProblem };

/** What happened to a file the user was asked to save. */
export type SaveResult = { saved: true; fileName: string } | { saved: false; reason: 'cancelled' | 'failed'; message?: string };

export interface AppInfo {
  version: string;
  /** Where the forum's data lives: the profile folder (desktop) or the page's origin (browser); Settings words it. */
  dataLocation: string;
  /** 'electron' in the desktop app, 'browser' in the fallback and in tests. */
  shell: 'electron' | 'browser';
  platform: string;
}

export type OpenExternalResult = { opened: true } | { opened: false; reason: 'not-allowed' | 'failed' };

/**
 * The OS keychain (Electron's safeStorage): seals a short text (a wrapped key, base64)
 * so that it opens only for this OS user on this machine. Never a key in the clear.
 */
export const MAX_KEYCHAIN_TEXT = 4096;
export const KeychainRequest = z.object({ text: z.string().min(1).max(MAX_KEYCHAIN_TEXT) });
export type KeychainRequest = z.input<typeof KeychainRequest>;
export type KeychainResult = { ok: true; text: string } | { ok: false; reason: 'unavailable' | 'failed' };

/** Channel name → argument schema. The one list both sides are checked against. */
export const IPC_CHANNELS = {
  'file:save': SaveFileRequest,
  'view:print-to-pdf': PrintToPdfRequest,
  'app:info': NoArguments,
  'link:open-external': OpenExternalRequest,
  'backup:choose-folder': NoArguments,
  'backup:folder': NoArguments,
  'backup:write': WriteBackupRequest,
  'backup:list': NoArguments,
  'backup:read': ReadBackupRequest,
  'app:ready-to-quit': NoArguments,
  'keychain:available': NoArguments,
  'keychain:protect': KeychainRequest,
  'keychain:unprotect': KeychainRequest,
} as const;
export type IpcChannel = keyof typeof IPC_CHANNELS;

/** Results per channel, so the preload and the handlers agree on types. */
export interface IpcResults {
  'file:save': SaveResult;
  'view:print-to-pdf': SaveResult;
  'app:info': AppInfo;
  'link:open-external': OpenExternalResult;
  'backup:choose-folder': BackupFolder;
  'backup:folder': BackupFolder;
  'backup:write': WriteBackupResult;
  'backup:list': BackupFileInfo[];
  'backup:read': ReadBackupResult;
  'app:ready-to-quit': void;
  'keychain:available': boolean;
  'keychain:protect': KeychainResult;
  'keychain:unprotect': KeychainResult;
}

/** What the preload exposes as `window.signpost`: one method per operation. */
export interface SignpostApi {
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  printToPdf(request: PrintToPdfRequest): Promise<SaveResult>;
  getAppInfo(): Promise<AppInfo>;
  openExternal(url: string): Promise<OpenExternalResult>;
  /** Asks the user for the folder backups go to (the shell remembers it). */
  chooseBackupFolder(): Promise<BackupFolder>;
  /** The folder backups go to, if one is set. */
  getBackupFolder(): Promise<BackupFolder>;
  /** Writes a backup into that folder atomically, reads it back, then keeps the newest `keep`. */
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  listBackups(): Promise<BackupFileInfo[]>;
  readBackup(request: ReadBackupRequest): Promise<ReadBackupResult>;
  /**
   * Runs `beforeQuit` when the app is about to close (the desktop app waits for it, a
   * little while at most; a browser tab gives it a moment at best). Returns an unsubscribe.
   */
  onBeforeQuit(beforeQuit: () => Promise<void>): () => void;
  /** Whether the OS keychain can protect keys here (false in a browser, or a Linux without a secret store). */
  keychainAvailable(): Promise<boolean>;
  /** Seals a wrapped key (base64) with the OS keychain; base64 of the sealed bytes. */
  keychainProtect(request: KeychainRequest): Promise<KeychainResult>;
  /** Opens what keychainProtect sealed. */
  keychainUnprotect(request: KeychainRequest): Promise<KeychainResult>;
}
