/**
 * Channel names and the app origin, without schemas: the preload imports only this, so it
 * stays a few lines of code rather than carrying the validation library.
 */

/** Which channel each preload method calls; a unit test checks it against IPC_CHANNELS. */
export const API_CHANNELS = {
  saveFile: 'file:save',
  printToPdf: 'view:print-to-pdf',
  getAppInfo: 'app:info',
  openExternal: 'link:open-external',
  chooseBackupFolder: 'backup:choose-folder',
  getBackupFolder: 'backup:folder',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  onBeforeQuit: 'app:ready-to-quit',
  keychainAvailable: 'keychain:available',
  keychainProtect: 'keychain:protect',
  keychainUnprotect: 'keychain:unprotect',
} as const;

/** Main → renderer: the app is closing; answer on 'app:ready-to-quit' once the backup is done. */
export const BEFORE_QUIT_EVENT = 'app:before-quit';

/** The fixed origin the renderer is served from. IndexedDB is keyed by it: never change it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'signpost';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
