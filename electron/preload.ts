/**
 * The preload: the only bridge between the sandboxed page and the shell. It exposes one
 * named method per operation as `window.signpost`, never ipcRenderer itself, so the page
 * can reach nothing but the four channels of shared/ipc/contract.ts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNELS } from '../shared/ipc/channels';
import type { SignpostApi } from '../shared/ipc/contract';

const api: SignpostApi = {
  saveFile: (request) => ipcRenderer.invoke(API_CHANNELS.saveFile, request),
  printToPdf: (request) => ipcRenderer.invoke(API_CHANNELS.printToPdf, request),
  getAppInfo: () => ipcRenderer.invoke(API_CHANNELS.getAppInfo),
  openExternal: (url) => ipcRenderer.invoke(API_CHANNELS.openExternal, { url }),
};

contextBridge.exposeInMainWorld('signpost', Object.freeze(api));
