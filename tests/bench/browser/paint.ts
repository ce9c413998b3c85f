/** Timing what a person sees: from their key press, click or route change to the frame that shows the answer. */
import type { Page } from '@playwright/test';
import type { ReadySpec } from './probes';

/** Ten minutes: on the large forum a screen that has not painted by then is broken, not slow. */
const PATIENCE_MS = 600_000;

export class BenchBroke extends Error {}

/** Starts watching for `spec` in the page; `painted()` resolves with the page's time of that frame. */
export async function watchFor(page: Page, spec: ReadySpec): Promise<{ painted(): Promise<number> }> {
  const handle = await page.evaluateHandle((s) => ({ when: window.signpostProbes.whenPainted(s) }), spec);
  return {
    async painted() {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new BenchBroke(`nothing matching ${JSON.stringify(spec)} was painted within ${PATIENCE_MS / 60_000} minutes`)), PATIENCE_MS);
      });
      try {
        return await Promise.race([handle.evaluate((h) => h.when), late]);
      } finally {
        clearTimeout(timer);
        void handle.dispose();
      }
    },
  };
}

/** Goes to a route as a link would and returns the milliseconds until `spec` is painted. */
export async function timeRoute(page: Page, hash: string, spec: ReadySpec): Promise<number> {
  const watch = await watchFor(page, spec);
  await page.evaluate((h) => window.signpostProbes.navigate(h), hash);
  const painted = await watch.painted();
  return painted - (await page.evaluate(() => window.signpostProbes.navigationStarted));
}

/** From the last real click or key press to `spec` painted, after `act` does the clicking or typing. */
export async function timeInput(page: Page, spec: ReadySpec, act: () => Promise<void>): Promise<{ ms: number; started: number; painted: number }> {
  const watch = await watchFor(page, spec);
  await act();
  const painted = await watch.painted();
  const started = await page.evaluate(() => window.signpostProbes.lastInput);
  return { ms: painted - started, started, painted };
}

/** Waits until the page has not changed for `quietMs`, then returns the time its last change was painted. */
export async function settled(page: Page, quietMs = 300): Promise<number> {
  await page.waitForFunction((quiet) => {
    const p = window.signpostProbes;
    return performance.now() - p.lastChange > quiet && p.lastChangePainted >= p.lastChange;
  }, quietMs, { polling: 50, timeout: PATIENCE_MS });
  return page.evaluate(() => window.signpostProbes.lastChangePainted);
}
