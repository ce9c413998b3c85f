/** Opens a link in the user's browser only when it passes the allow-list. */
import type { OpenExternalResult } from '../../shared/ipc/contract';
import { checkExternalLink } from '../../shared/ipc/external-links';

export async function openAllowedLink(
  raw: string,
  openInBrowser: (url: string) => Promise<void>,
): Promise<OpenExternalResult> {
  const verdict = checkExternalLink(raw);
  if (!verdict.allowed) return { opened: false, reason: 'not-allowed' };
  try {
    await openInBrowser(verdict.url);
    return { opened: true };
  } catch {
    return { opened: false, reason: 'failed' };
  }
}
