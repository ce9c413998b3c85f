/**
 * The BrowserWindow options of Electron's security checklist: the renderer is a sandboxed
 * web page with no Node, isolated from the preload, which exposes only the typed API.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string, devTools = false): WebPreferences {
  return {
    preload: preloadPath,
    // Off unless asked for (a development run): see shell-chrome.ts.
    devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

/** One window sized for a 1366x768 laptop, shown only once painted (no white flash). */
export function mainWindowOptions(preloadPath: string, devTools = false): BrowserWindowConstructorOptions {
  return {
    title: 'Signpost',
    width: 1280,
    height: 760,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#f6f5f1',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath, devTools),
  };
}
