/** Which Chromium the e2e tests drive, and how it is started on a closed network. */
import { existsSync } from 'node:fs';

/**
 * The tests serve the built app on their own port, never the app's 4173, so a running
 * `npm start` (whose data is keyed by that origin) and the tests never meet.
 * SIGNPOST_E2E_PORT lets several checkouts test side by side.
 */
export const previewPort = Number(process.env.SIGNPOST_E2E_PORT ?? 4183);

/** SIGNPOST_CHROMIUM wins; else Debian's Chromium when present; else Playwright's own. */
export function chromiumExecutable(): string | undefined {
  const chosen = process.env.SIGNPOST_CHROMIUM;
  if (chosen) return chosen;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Keeps Chromium from calling home; Playwright adds --headless itself. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
