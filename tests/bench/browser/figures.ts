/**
 * Each figure of issue 13's budget table, measured in the page as a person meets it: the
 * time from their click, key press or route change to the frame that shows the answer.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { CDPSession, Page } from '@playwright/test';
import type { ReadySpec } from './probes';
import { settled, timeInput, timeRoute } from './paint';
import { timeRawReads, type RawRead } from './raw-reads';
import type { Screen } from './screens';
import { kb, ms, type Figure } from './table';
import { word } from './words';

const ratioTo = (value: number, raw: { ms: number }) => value / Math.max(raw.ms, 0.1);
const describe = (reads: RawRead[]) =>
  reads.map((r) => `${r.store}${r.index ? `.${r.index}` : ''}${r.only ? (!r.index ? ' of one client' : ` = ${r.only}`) : r.first ? ' of one client' : r.from || r.to ? ` ${r.from ?? ''}…${r.to ?? ''}` : ''}`).join(' + ');

async function withRaw(page: Page, what: string, budget: string, value: number, reads: RawRead[]): Promise<Figure> {
  const raw = await timeRawReads(page, reads);
  return { what, measured: ms(value), budget, ratio: ratioTo(value, raw), reference: `${describe(reads)}: ${raw.records.toLocaleString('en-GB')} records in ${ms(raw.ms)}` };
}

/** Each list screen from Today: the route change to its first rows painted. */
export async function listFigures(page: Page, today: Screen, lists: Screen[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const screen of lists) {
    await timeRoute(page, today.hash, today.ready);
    const value = await timeRoute(page, screen.hash, screen.ready);
    figures.push(await withRaw(page, `${screen.what}: first rows painted`, '< 300 ms', value, screen.raw));
  }
  return figures;
}

/**
 * With a file named, samples the page's main thread until the returned stop is called,
 * which writes a .cpuprofile (for DevTools) there; without one, does nothing. `workers`:
 * also each dedicated worker the page starts meanwhile (the report's), into FILE.worker-N.cpuprofile.
 */
async function cpuProfileTo(page: Page, file: string | undefined, workers = false): Promise<() => Promise<void>> {
  if (!file) return async () => undefined;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const stopWorkers = workers ? await profileWorkers(cdp, file) : async () => undefined;
  return async () => {
    await stopWorkers();
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    await cdp.detach();
  };
}

/**
 * Samples each dedicated worker the page starts from now on: attached (not flattened, so
 * this session talks to it through Target messages) and held at its start until sampling.
 */
async function profileWorkers(cdp: CDPSession, file: string): Promise<() => Promise<void>> {
  let nextId = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  const sessions: string[] = [];
  const send = (sessionId: string, method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id?: number; result?: unknown };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result);
  });
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type !== 'worker') return;
    sessions.push(sessionId);
    void (async () => {
      await send(sessionId, 'Profiler.enable');
      await send(sessionId, 'Profiler.setSamplingInterval', { interval: 200 });
      await send(sessionId, 'Profiler.start');
      await send(sessionId, 'Runtime.runIfWaitingForDebugger');
    })();
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  return async () => {
    let n = 0;
    for (const sessionId of sessions) {
      const stopped = (await Promise.race([send(sessionId, 'Profiler.stop'), new Promise((r) => setTimeout(r, 2000))])) as { profile?: object } | undefined;
      if (stopped?.profile) writeFileSync(`${file}.worker-${++n}.cpuprofile`, JSON.stringify(stopped.profile));
    }
  };
}

/**
 * Typing names into Clients' search box a key at a time: key press to results painted.
 * `cpuProfile`: a file to write a CPU profile of the page while typing to.
 */
export async function searchFigures(page: Page, clients: Screen, queries: readonly string[], cpuProfile?: string): Promise<{ figures: Figure[]; prefixes: string[] }> {
  await timeRoute(page, clients.hash, clients.ready);
  const stopProfile = await cpuProfileTo(page, cpuProfile);
  const box = page.getByLabel(word('clients', 'list.searchLabel'), { exact: true });
  const perKey: number[] = [];
  const prefixes: string[] = [];
  for (const query of queries) {
    await box.fill('');
    await settled(page);
    for (let i = 0; i < query.length; i++) {
      await box.press(query[i] === ' ' ? 'Space' : query[i]!);
      const painted = await settled(page);
      const pressed = await page.evaluate(() => window.signpostProbes.lastInput);
      perKey.push(Math.max(0, painted - pressed));
      prefixes.push(query.slice(0, i + 1));
    }
  }
  await stopProfile();
  const p95 = percentile(perKey, 95);
  const figure = await withRaw(page, `search as you type, key to results painted, p95 (${perKey.length} keys)`, '< 50 ms', p95, clients.raw);
  // The median beside it: p95 of 32 keys is the second slowest, which one busy moment sets.
  return { prefixes, figures: [{ ...figure, measured: `${figure.measured} (median ${ms(percentile(perKey, 50))})` }] };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** The client with the most appointments: their page, from the route change to their history painted. */
export async function clientPageFigure(page: Page, today: Screen): Promise<Figure> {
  const top = await page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('signpost');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const counts = new Map<string, number>();
    // The [clientId+date] index's keys, one per appointment: counted, no record read.
    await new Promise<void>((resolve, reject) => {
      const request = database.transaction('appointments').objectStore('appointments').index('[clientId+date]').openKeyCursor();
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return resolve();
        const clientId = String((cursor.key as IDBValidKey[])[0]);
        counts.set(clientId, (counts.get(clientId) ?? 0) + 1);
        cursor.continue();
      };
      request.onerror = () => reject(request.error);
    });
    database.close();
    return [...counts].sort((a, b) => b[1] - a[1])[0] ?? (['', 0] as [string, number]);
  });
  const [clientId, count] = top;
  await timeRoute(page, today.hash, today.ready);
  const value = await timeRoute(page, `/clients/${clientId}`, { rows: 'main ol.timeline li' });
  return withRaw(page, `client page, longest history (${count} appointments)`, '< 300 ms', value, [
    // The client's record and everything of theirs, by the [clientId+date] indexes.
    { store: 'clients', only: clientId },
    { store: 'appointments', index: '[clientId+date]', first: clientId },
    { store: 'adviceEntries', index: '[clientId+date]', first: clientId },
    { store: 'referrals', index: '[clientId+date]', first: clientId },
  ]);
}

/** Reports: the default year (the twelve months to last month), from the click on Build to the report painted. */
interface ReportBuildCost {
  records: number;
  leftShut?: number;
  decryptingMs: number;
  checkingMs: number;
  buildingMs?: number;
  totalMs: number;
  facts?: { used: number; stored: number; at?: Record<string, number> };
  /** When (in the worker's time) the facts it worked out were stored, after the report went back. */
  storedMs?: number;
}

/** One year's build from the Reports screen: click to painted, the longest main-thread block, what the worker said it cost. */
async function oneReportBuild(page: Page, today: Screen, cpuProfile?: string): Promise<{ ms: number; longest: number; cost: ReportBuildCost | undefined; load: number }> {
  // From another screen each time, so the report painted is the new one.
  await timeRoute(page, today.hash, today.ready);
  await timeRoute(page, '/reports', { heading: word('reports', 'screen.title') });
  const build = page.getByRole('button', { name: word('reports', 'setup.build'), exact: true });
  await build.waitFor();
  await page.evaluate(() => {
    window.signpostProbes.longTasks = [];
    window.signpostProbes.longFrames = [];
  });
  const load = loadavg()[0]!;
  // With a file named, the page's main thread is sampled from the click until the preview is all drawn.
  const stopProfile = await cpuProfileTo(page, cpuProfile, true);
  const { ms: value, started } = await timeInput(page, { rows: 'main article.report' }, () => build.click());
  // The preview is drawn a section a frame after it first paints: blocks until it is all drawn count too.
  await settled(page);
  await stopProfile();
  const { longest, spentOn } = await page.evaluate(({ from }) => {
    const p = window.signpostProbes;
    const tasks = p.longTasks.filter((t) => t.start + t.duration >= from);
    const frame = p.longFrames.filter((f) => f.start + f.duration >= from).sort((a, b) => b.duration - a.duration)[0];
    return { longest: Math.max(0, ...tasks.map((t) => t.duration)), spentOn: frame ? `${Math.round(frame.duration)} ms frame: ${frame.scripts.join('; ') || 'no script over 10 ms (style, layout, paint)'}` : 'no long frame' };
  }, { from: started });
  console.error(`  the longest frame after the click: ${spentOn}`);
  // What the worker says the build cost (renderer/data/report-input/report-in-worker.ts).
  const cost = await page.evaluate(() => (performance.getEntriesByName('signpost:report-built').at(-1) as PerformanceMark | undefined)?.detail as ReportBuildCost | undefined);
  // The worker stores the facts it worked out after the report is shown: waited for, so the next build finds them.
  const stored = await page
    .waitForFunction(
      () => {
        const built = performance.getEntriesByName('signpost:report-built').length;
        const marks = performance.getEntriesByName('signpost:report-facts-stored');
        return marks.length >= built ? ((marks.at(-1) as PerformanceMark).detail as { totalMs: number; stored: number }) : undefined;
      },
      undefined,
      { polling: 100, timeout: 300_000 },
    )
    .then((handle) => handle.jsonValue());
  return { ms: value, longest, cost: cost && stored && { ...cost, storedMs: stored.totalMs, facts: { ...cost.facts!, stored: stored.stored } }, load };
}

const workerSays = (cost: ReportBuildCost | undefined): string =>
  cost
    ? `worker ${ms(cost.totalMs)}: decrypting ${(cost.records - (cost.leftShut ?? 0)).toLocaleString('en-GB')} records ${ms(cost.decryptingMs)} (${(cost.leftShut ?? 0).toLocaleString('en-GB')} more left shut), checking ${ms(cost.checkingMs)}, building ${ms(cost.buildingMs ?? 0)}; facts used ${cost.facts?.used ?? 0}, worked out ${cost.facts?.stored ?? 0} (sealed and stored by ${ms(cost.storedMs ?? 0)}, after the report went back); at ${Object.entries(cost.facts?.at ?? {}).map(([k, v]) => `${k} ${v} ms`).join(', ')}`
    : 'not reported by the worker';

/**
 * A year's report three ways, each against the same raw read: cold (no facts: every month
 * worked out from the records, then sealed and stored), warm (every fact current), and warm
 * with last month's appointments stale (as after a booking). The warm-up that follows a
 * sign-in is waited for first (it would otherwise run during the cold build) and reported.
 * `cpuProfile`: a file to write a CPU profile of the page during the cold build to.
 */
export async function reportFigures(page: Page, today: Screen, yearFrom: string, yearTo: string, cpuProfile?: string): Promise<Figure[]> {
  const warmUp = await page
    .waitForFunction(() => (performance.getEntriesByName('signpost:report-facts-warmed')[0] as PerformanceMark | undefined)?.detail as { used: number; stored: number; totalMs: number } | undefined, undefined, {
      polling: 250,
      timeout: 180_000,
    })
    .then((handle) => handle.jsonValue())
    .catch(() => undefined);
  const year: RawRead[] = [
    { store: 'appointments', index: 'date', from: yearFrom, to: yearTo },
    { store: 'adviceEntries', index: 'date', from: yearFrom, to: yearTo },
    { store: 'referrals' },
    { store: 'clients' },
  ];
  const rawLoad = loadavg()[0]!;
  const raw = await timeRawReads(page, year);
  const reference = `${describe(year)}: ${raw.records.toLocaleString('en-GB')} records in ${ms(raw.ms)} (load ${rawLoad.toFixed(1)})`;
  await page.evaluate(() => window.signpostBench!.dropReportFacts());
  const cold = await oneReportBuild(page, today, cpuProfile);
  const warm = await oneReportBuild(page, today);
  const touched = await page.evaluate((month) => window.signpostBench!.touchMonth(month), yearTo.slice(0, 7));
  const stale = await oneReportBuild(page, today);
  const at = (load: number) => `load ${load.toFixed(1)}`;
  return [
    {
      what: "a year's report after sign-in: the warm-up in the report's worker (once the app is left quiet 15 s)",
      measured: warmUp ? `${ms(warmUp.totalMs)}: facts current ${warmUp.used}, worked out and stored ${warmUp.stored}` : 'not seen within 3 minutes',
      budget: '—',
    },
    { what: "a year's report, cold (no facts), click to report painted", measured: `${ms(cold.ms)} (${at(cold.load)})`, budget: '< 3 s', ratio: ratioTo(cold.ms, raw), reference },
    { what: "a year's report, cold: in the worker", measured: workerSays(cold.cost), budget: '—' },
    { what: "a year's report, warm (every fact current), click to report painted", measured: `${ms(warm.ms)} (${at(warm.load)})`, budget: '< 3 s', ratio: ratioTo(warm.ms, raw), reference },
    { what: "a year's report, warm: in the worker", measured: workerSays(warm.cost), budget: '—' },
    {
      what: `a year's report, warm with ${yearTo.slice(0, 7)}'s appointments stale${touched ? '' : ' (none to touch)'}, click to report painted`,
      measured: `${ms(stale.ms)} (${at(stale.load)})`,
      budget: '< 3 s',
      ratio: ratioTo(stale.ms, raw),
      reference,
    },
    { what: "a year's report, warm with a month stale: in the worker", measured: workerSays(stale.cost), budget: '—' },
    { what: "a year's report: longest main-thread block (cold, warm, a month stale)", measured: `${ms(cold.longest)}, ${ms(warm.longest)}, ${ms(stale.longest)}`, budget: '< 100 ms' },
  ];
}

/** The month after this one on the rota: from the click on "Fill open shifts" to the proposals painted. */
export async function rotaFillFigure(page: Page, month: string, monthFrom: string, monthTo: string): Promise<Figure> {
  await timeRoute(page, `/volunteers/rota?month=${month}`, { rows: 'main table' });
  const fill = page.getByRole('button', { name: word('volunteers', 'rota.fill'), exact: true });
  await fill.waitFor();
  const { ms: value } = await timeInput(page, { rows: '.proposal-list li' }, () => fill.click());
  await page.keyboard.press('Escape');
  return withRaw(page, `rota fill for a month (${month})`, '< 1 s', value, [
    { store: 'sessions', index: 'date', from: monthFrom, to: monthTo },
    { store: 'shifts', index: 'date', from: monthFrom, to: monthTo },
    { store: 'volunteers' },
  ]);
}

/** JavaScript fetched by the first load (network), up to a usable Today. */
export function initialJsFigure(bytes: number, gzipBytes: number, files: number): Figure {
  return { what: `initial JavaScript (${files} files), gzipped`, measured: `${kb(gzipBytes)} (${kb(bytes)} uncompressed)`, budget: '< 500 kB' };
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/**
 * An hour's use in a few minutes: `rounds` rounds through every screen, each waited for
 * until painted, with the JS heap (after a garbage collection) after the first round and the last.
 */
export async function memoryFigure(page: Page, screens: { hash: string; ready: ReadySpec }[], rounds: number): Promise<Figure> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const round = async () => {
    for (const screen of screens) await timeRoute(page, screen.hash, screen.ready);
  };
  await round();
  const first = await heapUsed(cdp);
  for (let i = 1; i < rounds; i++) await round();
  const last = await heapUsed(cdp);
  await cdp.detach();
  return {
    what: `JS heap after ${rounds} rounds of every screen ÷ after the first`,
    measured: `${(last / first).toFixed(2)}× (${Math.round(first / 2 ** 20)} → ${Math.round(last / 2 ** 20)} MB)`,
    budget: '< 1.5×',
  };
}
