/**
 * The preload: the only bridge between the sandboxed page and the shell. It exposes one
 * named method per operation as `window.signpost`, never ipcRenderer itself, so the page
 * can reach nothing but the channels of shared/ipc/contract.ts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNELS, BEFORE_QUIT_EVENT } from '../shared/ipc/channels';
import type { SignpostApi } from '../shared/ipc/contract';

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
    // The page's closing backup runs, then the shell is told it may quit (even if it failed).
    const listener = () => {
      void beforeQuit()
        .catch(() => undefined)
        .finally(() => void ipcRenderer.invoke(API_CHANNELS.onBeforeQuit));
    };
    ipcRenderer.on(BEFORE_QUIT_EVENT, listener);
    return () => void ipcRenderer.off(BEFORE_QUIT_EVENT, listener);
  },
};

contextBridge.exposeInMainWorld('signpost', Object.freeze(api));
