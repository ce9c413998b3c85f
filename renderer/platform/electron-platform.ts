/** The platform inside Electron: every call goes through the preload's typed API. */
import type { SignpostApi } from '../../shared/ipc/contract';
import type { Platform } from './platform';

export function electronPlatform(api: SignpostApi): Platform {
  return {
    saveFile: (request) => api.saveFile(request),
    printToPdf: (request) => api.printToPdf(request),
    getAppInfo: () => api.getAppInfo(),
    openExternal: (url) => api.openExternal(url),
    chooseBackupFolder: () => api.chooseBackupFolder(),
    getBackupFolder: () => api.getBackupFolder(),
    writeBackup: (request) => api.writeBackup(request),
    listBackups: () => api.listBackups(),
    readBackup: (request) => api.readBackup(request),
    onBeforeQuit: (beforeQuit) => api.onBeforeQuit(beforeQuit),
    keychainAvailable: () => api.keychainAvailable(),
    keychainProtect: (request) => api.keychainProtect(request),
    keychainUnprotect: (request) => api.keychainUnprotect(request),
  };
}
