/**
 * The preload: the only bridge between the sandboxed page and the shell. It exposes one
 * named method per operation as `window.signpost`, never ipcRenderer itself, so the page
 * can reach nothing but the channels of shared/ipc/contract.ts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNELS, BEFORE_QUIT_EVENT } from '../shared/ipc/channels';
import type { SignpostApi } from '../shared/ipc/contract';

/**
 * What the page wants done before the app closes (the closing backup). The shell is told
 * it may quit once they have all finished or failed, at once when there are none (a page
 * that never got as far as registering one must not hold the quit).
 */
const closingTasks = new Set<() => Promise<void>>();
ipcRenderer.on(BEFORE_QUIT_EVENT, () => {
  void Promise.allSettled([...closingTasks].map((task) => Promise.resolve().then(task))).finally(() => void ipcRenderer.invoke(API_CHANNELS.onBeforeQuit));
});

const api: SignpostApi = {
  saveFile: (request) => ipcRenderer.invoke(API_CHANNELS.saveFile, request),
  printToPdf: (request) => ipcRenderer.invoke(API_CHANNELS.printToPdf, request),
  getAppInfo: () => ipcRenderer.invoke(API_CHANNELS.getAppInfo),
  openExternal: (url) => ipcRenderer.invoke(API_CHANNELS.openExternal, { url }),
  chooseBackupFolder: () => ipcRenderer.invoke(API_CHANNELS.chooseBackupFolder),
  getBackupFolder: () => ipcRenderer.invoke(API_CHANNELS.getBackupFolder),
  writeBackup: (request) => ipcRenderer.invoke(API_CHANNELS.writeBackup, request),
  listBackups: () => ipcRenderer.invoke(API_CHANNELS.listBackups),
  readBackup: (request) => ipcRenderer.invoke(API_CHANNELS.readBackup, request),
  onBeforeQuit: (beforeQuit) => {
    closingTasks.add(beforeQuit);
    return () => void closingTasks.delete(beforeQuit);
  },
  keychainAvailable: () => ipcRenderer.invoke(API_CHANNELS.keychainAvailable),
  keychainProtect: (request) => ipcRenderer.invoke(API_CHANNELS.keychainProtect, request),
  keychainUnprotect: (request) => ipcRenderer.invoke(API_CHANNELS.keychainUnprotect, request),
};

contextBridge.exposeInMainWorld('signpost', Object.freeze(api));
