/**
 * Start to a usable Today: a new page loads the app as a volunteer opening it would (the
 * navigation until the sign-in screen is painted), then signs in (the click on Sign in
 * until Today is painted with its real figures); the start is the sum of the two, leaving
 * out the person's typing. Issue 11's unlock is timed in the same sign-in: from the click to
 * the keys held, and to every client's record opened and searchable. The JavaScript files the load fetched up to a usable Today are
 * summed on the way (uncompressed, and gzipped as a server or a package would carry them).
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { AccessGate } from '../../e2e/pages/access';
import { timeInput } from './paint';
import { installProbes, type ReadySpec } from './probes';
import { word } from './words';

export interface StartMeasure {
  page: Page;
  /** Navigation start to the sign-in screen painted, in the page's own clock. */
  toSignIn: number;
  /** The click on Sign in to Today painted. */
  signInToToday: number;
  /** The click on Sign in to the keys held (the passphrase's key derived, the data keys read). */
  signInToKeys: number;
  /** The click on Sign in to the client directory read, opened and its search index built. */
  signInToSearchable: number;
  /** Where the directory's time went after the click: the snapshot opened (and whether it was current), the clients read. */
  directorySteps: string;
  /** The longest main-thread block (long task) from the click to the directory searchable, and what the longest frame ran. */
  longestBlock: number;
  longestFrame: string;
  jsBytes: number;
  jsGzipBytes: number;
  jsFiles: number;
}

/**
 * Opens a new page on Today; `isBenchOnly` names files of the bench build that production does not have.
 * With `cpuProfile`, the page's main thread is sampled (CDP Profiler) from the load until
 * the directory is searchable and written there, for finding where the time goes.
 */
export async function measureStart(context: BrowserContext, today: ReadySpec, isBenchOnly: (url: string) => boolean, cpuProfile?: string): Promise<StartMeasure> {
  const page = await context.newPage();
  const cdp = cpuProfile ? await context.newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.addInitScript(installProbes);
  await page.addInitScript((spec) => {
    window.signpostProbes.firstScreen = window.signpostProbes.whenPainted(spec);
  }, { heading: word('access', 'signIn.title') });
  const scripts = new Map<string, Promise<Buffer | undefined>>();
  page.on('response', (response) => {
    const url = response.url();
    if (!/\.m?js(\?|$)/.test(url) || isBenchOnly(url)) return;
    scripts.set(url, response.body().then((body) => body, () => undefined));
  });
  await page.goto('/#/');
  const toSignIn = await page.evaluate(() => window.signpostProbes.firstScreen!);
  const gate = new AccessGate(page);
  const { ms: signInToToday, painted, started } = await timeInput(page, today, () => gate.signIn());
  // The app marks these (renderer/security/vault.ts, renderer/data/client-directory-store.ts).
  const markAt = (name: string) =>
    page
      .waitForFunction((n) => performance.getEntriesByName(n).at(-1)?.startTime, name, { polling: 50, timeout: 600_000 })
      .then((handle) => handle.jsonValue() as Promise<number>);
  const signInToKeys = (await markAt('signpost:signed-in')) - started;
  const searchableAt = await markAt('signpost:client-directory-indexed');
  const signInToSearchable = searchableAt - started;
  if (cdp && cpuProfile) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(cpuProfile, JSON.stringify(profile));
    await cdp.detach();
  }
  // A volunteer feels any block over 100 ms while the directory gets ready (long tasks, from probes.ts).
  const blocks = await page.evaluate(
    ({ from, to }) => {
      const p = window.signpostProbes;
      const during = (t: { start: number; duration: number }) => t.start + t.duration >= from && t.start <= to;
      const frame = p.longFrames.filter(during).sort((a, b) => b.duration - a.duration)[0];
      return {
        longest: Math.max(0, ...p.longTasks.filter(during).map((t) => t.duration)),
        frame: frame ? `${Math.round(frame.duration)} ms frame at ${Math.round(frame.start - from)} ms: ${frame.scripts.join('; ') || 'no script over 10 ms'}` : 'no long frame',
      };
    },
    { from: started, to: searchableAt },
  );
  const steps = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name).at(-1) as PerformanceMark | undefined;
    const opened = at('signpost:client-directory-snapshot-opened');
    return {
      reading: at('signpost:client-directory-reading')?.startTime,
      decrypted: at('signpost:client-directory-snapshot-decrypted')?.startTime,
      pageReady: at('signpost:client-directory-page-ready')?.startTime,
      opened: opened?.startTime,
      current: (opened?.detail as { current?: boolean } | undefined)?.current === true,
      read: at('signpost:client-directory-read')?.startTime,
    };
  });
  const after = (time: number | undefined) => (time === undefined ? '—' : `${Math.round(time - started)} ms`);
  const directorySteps = `snapshot ${steps.current ? 'current' : 'not current'}; after the click: reading from ${after(steps.reading)}, decrypted ${after(steps.decrypted)}, page idle ${after(steps.pageReady)}, parsed ${after(steps.opened)}, clients read ${after(steps.read)}`;
  // Only what was asked for before Today was painted: screens fetched on idle afterwards are not the first load.
  const asked = new Set(
    await page.evaluate(
      (until) => performance.getEntriesByType('resource').filter((entry) => entry.startTime <= until).map((entry) => entry.name),
      painted,
    ),
  );
  const bodies = (await Promise.all([...scripts].filter(([url]) => asked.has(url)).map(([, body]) => body))).filter((body) => body !== undefined);
  return {
    page,
    toSignIn,
    signInToToday,
    signInToKeys,
    signInToSearchable,
    directorySteps,
    longestBlock: blocks.longest,
    longestFrame: blocks.frame,
    jsBytes: bodies.reduce((sum, body) => sum + body.length, 0),
    jsGzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
    jsFiles: bodies.length,
  };
}
