/**
 * The platform in a plain browser: a save becomes a download, "print to PDF" opens the
 * browser's print dialog (where PDF is a destination), and links pass the same allow-list
 * as in Electron before opening in a new, unlinked tab.
 */
import type { AppInfo, OpenExternalResult, PrintToPdfRequest, SaveFileRequest, SaveResult } from '../../shared/ipc/contract';
import { ReadBackupRequest, WriteBackupRequest } from '../../shared/ipc/contract';
import { browserBackupFolder, chooseBrowserBackupFolder, listBrowserBackups, readBrowserBackup, writeBrowserBackup } from './browser-backup-folder';
import { SaveFileRequest as SaveFileSchema } from '../../shared/ipc/contract';
import { checkExternalLink } from '../../shared/ipc/external-links';
import type { Platform } from './platform';

export interface BrowserHooks {
  /** Injected for tests; the real ones use the DOM. */
  download?: (fileName: string, blob: Blob) => void;
  print?: () => void;
  open?: (url: string) => void;
}

function downloadWithLink(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the object URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const MIME_BY_EXTENSION: Record<string, string> = {
  csv: 'text/csv',
  json: 'application/json',
  ics: 'text/calendar',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

export function browserPlatform(hooks: BrowserHooks = {}): Platform {
  const download = hooks.download ?? downloadWithLink;
  const print = hooks.print ?? (() => window.print());
  // With "noopener" the browser returns null even when the tab opened, so there is no
  // success to read back; a blocked popup is the browser's to report.
  const open = hooks.open ?? ((url: string) => void window.open(url, '_blank', 'noopener,noreferrer'));
  return {
    async saveFile(request: SaveFileRequest): Promise<SaveResult> {
      const parsed = SaveFileSchema.safeParse(request);
      if (!parsed.success) return { saved: false, reason: 'failed', message: 'The file could not be prepared.' };
      const { suggestedName, content } = parsed.data;
      const extension = suggestedName.split('.').pop()?.toLowerCase() ?? '';
      const part = typeof content === 'string' ? content : new Uint8Array(content);
      download(suggestedName, new Blob([part], { type: MIME_BY_EXTENSION[extension] ?? 'application/octet-stream' }));
      return { saved: true, fileName: suggestedName };
    },
    async printToPdf(_request: PrintToPdfRequest): Promise<SaveResult> {
      print();
      return { saved: false, reason: 'cancelled', message: 'Choose “Save as PDF” in the print dialog.' };
    },
    async getAppInfo(): Promise<AppInfo> {
      return {
        version: import.meta.env.VITE_APP_VERSION ?? 'development',
        dataLocation: window.location.origin,
        shell: 'browser',
        platform: navigator.platform || 'browser',
      };
    },
    async openExternal(url: string): Promise<OpenExternalResult> {
      const verdict = checkExternalLink(url);
      if (!verdict.allowed) return { opened: false, reason: 'not-allowed' };
      open(verdict.url);
      return { opened: true };
    },
    chooseBackupFolder: () => chooseBrowserBackupFolder(),
    getBackupFolder: () => browserBackupFolder(),
    async writeBackup(request) {
      const parsed = WriteBackupRequest.safeParse(request);
      if (!parsed.success) return { written: false, reason: 'failed', problem: 'not-written' };
      // A click may bring up the browser's permission prompt; an automatic backup may not.
      return writeBrowserBackup(parsed.data, navigator.userActivation?.isActive ?? false);
    },
    listBackups: () => listBrowserBackups(),
    async readBackup(request) {
      const parsed = ReadBackupRequest.safeParse(request);
      if (!parsed.success) return { found: false, problem: 'bad-name' };
      return readBrowserBackup(parsed.data.fileName);
    },
    onBeforeQuit(beforeQuit) {
      // A tab cannot hold its closing: start the backup when the page is hidden, and hope.
      const listener = () => {
        if (document.visibilityState === 'hidden') void beforeQuit().catch(() => undefined);
      };
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
    // A browser has no OS keychain to offer a page: keys are wrapped by PIN, passphrase and recovery key only.
    keychainAvailable: async () => false,
    keychainProtect: async () => ({ ok: false, reason: 'unavailable' }),
    keychainUnprotect: async () => ({ ok: false, reason: 'unavailable' }),
  };
}
