/**
 * Per-window rules: the app window never navigates away from the app, never opens another
 * window, and never hosts a webview. An allow-listed https link clicked in the app is handed
 * to the user's browser instead.
 */
import type { WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../shared/ipc/contract';
import { checkExternalLink } from '../../shared/ipc/external-links';

export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

export function hardenContents(contents: WebContents, openInBrowser: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const verdict = checkExternalLink(url);
    if (verdict.allowed) openInBrowser(verdict.url);
    return { action: 'deny' };
  });
}
