/**
 * The Electron main process: one hardened window serving the renderer from app://signpost,
 * and the IPC operations of shared/ipc/contract.ts. Nothing is loaded from the network.
 */
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, safeStorage, session, shell } from 'electron';
import { BEFORE_QUIT_EVENT } from '../shared/ipc/channels';
import { APP_ORIGIN, MAX_BACKUP_BYTES, type BackupFolder } from '../shared/ipc/contract';
import { describeApp } from './capabilities/app-info';
import { listBackupsInFolder, readBackupFromFolder, writeBackupToFolder } from './capabilities/backup-folder';
import { backupFolderChoice } from './capabilities/backup-folder-choice';
import { keychainAvailable, keychainProtect, keychainUnprotect } from './capabilities/keychain';
import { quitCoordinator } from './capabilities/quit-after-backup';
import { openAllowedLink } from './capabilities/open-external';
import { printViewToPdf } from './capabilities/print-to-pdf';
import { saveWithDialog } from './capabilities/save-file';
import { registerIpcHandlers } from './ipc/ipc-main-wrapper';
import { registerAppScheme, serveRenderer } from './protocol/app-protocol';
import { hardenContents } from './security/harden-contents';
import { hardenSession } from './security/harden-session';
import { refusedDebuggingSwitch, shellChrome } from './security/shell-chrome';
import { mainWindowOptions } from './security/web-preferences';

// The origin must be registered before 'ready', and stays the same for the app's life.
registerAppScheme();

// A packaged build has no DevTools, no default menu and no remote debugging (shell-chrome.ts).
const chrome = shellChrome(app.isPackaged, process.platform);
const debuggingSwitch = refusedDebuggingSwitch(app.isPackaged, (name) => app.commandLine.hasSwitch(name));

const trustedWindows = new Set<number>();
let mainWindow: BrowserWindow | null = null;

function windowFor(): BrowserWindow {
  if (!mainWindow) throw new Error('The Signpost window is not open');
  return mainWindow;
}

function openInBrowser(url: string): Promise<void> {
  return shell.openExternal(url, { activate: true });
}

// Backup on close: hold the quit until the page has written its closing backup (a minute at most).
const closing = quitCoordinator({
  askPage: () => {
    if (!mainWindow || mainWindow.isDestroyed()) return false;
    mainWindow.webContents.send(BEFORE_QUIT_EVENT);
    return true;
  },
  quit: () => app.quit(),
  timeoutMs: 60_000,
});

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(join(__dirname, 'preload.cjs'), chrome.devTools));
  mainWindow = window;
  const id = window.webContents.id;
  trustedWindows.add(id);
  hardenContents(window.webContents, (url) => void openInBrowser(url));
  window.once('ready-to-show', () => window.show());
  // Closing the window quits the app: make the closing backup first.
  window.on('close', (event) => {
    if (closing.holdQuit()) event.preventDefault();
  });
  window.on('closed', () => {
    trustedWindows.delete(id);
    mainWindow = null;
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

if (debuggingSwitch) {
  console.error(`Signpost does not start with --${debuggingSwitch}: it would open the forum's records to a debugger.`);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database twice: hand over to the first and leave.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(() => {
    if (chrome.menu !== 'default') Menu.setApplicationMenu(chrome.menu === null ? null : Menu.buildFromTemplate(chrome.menu));
    hardenSession(session.defaultSession);
    serveRenderer(join(__dirname, '..', 'dist', 'renderer'));
    const documents = app.getPath('documents');
    const backupFolder = backupFolderChoice(app.getPath('userData'), documents);
    const chooseBackupFolder = async (): Promise<BackupFolder> => {
      const picked = await dialog.showOpenDialog(windowFor(), {
        title: 'Choose where Signpost keeps its backups',
        defaultPath: await backupFolder.current(),
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = picked.filePaths[0];
      if (picked.canceled || !folder) return { chosen: false, reason: 'cancelled' };
      await backupFolder.choose(folder);
      return { chosen: true, folder };
    };
    registerIpcHandlers(
      {
        'file:save': (args) => saveWithDialog(windowFor(), args, documents),
        'view:print-to-pdf': (args) => printViewToPdf(windowFor(), args, documents),
        'app:info': () => describeApp(app.getVersion(), app.getPath('userData'), process.platform),
        'link:open-external': (args) => openAllowedLink(args.url, openInBrowser),
        'backup:choose-folder': () => chooseBackupFolder(),
        'backup:folder': async () => ({ chosen: true, folder: await backupFolder.current() }),
        'backup:write': async (args) => writeBackupToFolder(await backupFolder.current(), args.fileName, args.content, args.keep),
        'backup:list': async () => listBackupsInFolder(await backupFolder.current()),
        'backup:read': async (args) => readBackupFromFolder(await backupFolder.current(), args.fileName, MAX_BACKUP_BYTES),
        'app:ready-to-quit': () => closing.pageReady(),
        'keychain:available': () => keychainAvailable(safeStorage, process.platform),
        'keychain:protect': (args) => keychainProtect(safeStorage, process.platform, args.text),
        'keychain:unprotect': (args) => keychainUnprotect(safeStorage, process.platform, args.text),
      },
      () => trustedWindows,
    );
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('before-quit', (event) => {
    if (closing.holdQuit()) event.preventDefault();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
