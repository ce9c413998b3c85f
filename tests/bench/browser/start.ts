/**
 * Start to a usable Today: a new page loads the app as a volunteer opening it would, signs
 * in, and the time runs from the navigation until Today is painted with its real figures. The
 * JavaScript files the load fetched are summed on the way (the first load's JavaScript).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { AccessGate } from '../../e2e/pages/access';
import { installProbes, type ReadySpec } from './probes';

export interface StartMeasure {
  page: Page;
  /** Navigation start to Today painted, in the page's own clock. */
  ms: number;
  jsBytes: number;
  jsFiles: number;
}

/** Opens a new page on Today; `isBenchOnly` names files of the bench build that production does not have. */
export async function measureStart(context: BrowserContext, today: ReadySpec, isBenchOnly: (url: string) => boolean): Promise<StartMeasure> {
  const page = await context.newPage();
  await page.addInitScript(installProbes);
  await page.addInitScript((spec) => {
    window.signpostProbes.firstScreen = window.signpostProbes.whenPainted(spec);
  }, today);
  const scripts = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    const url = response.url();
    if (!/\.m?js(\?|$)/.test(url) || isBenchOnly(url)) return;
    scripts.set(url, response.body().then((body) => body.length, () => 0));
  });
  await page.goto('/#/');
  // A new page opens on the sign-in screen: signing in (typing, then the unlock) is part of the start.
  const [ms] = await Promise.all([page.evaluate(() => window.signpostProbes.firstScreen!), new AccessGate(page).pass()]);
  const sizes = await Promise.all(scripts.values());
  return { page, ms, jsBytes: sizes.reduce((a, b) => a + b, 0), jsFiles: sizes.length };
}
