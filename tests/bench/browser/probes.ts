/**
 * What the benchmark installs in the page before the app's own scripts run (Playwright's
 * addInitScript; the app's code is untouched): the long tasks the main thread ran, the time
 * of the last real key press or click (the event's own time stamp), when the page last
 * changed and was painted after it, and a watcher that resolves at the first frame painted
 * once a condition holds. Times are performance.now() milliseconds of the page.
 */

/** What a screen must show to count as painted: every given part must hold. */
export interface ReadySpec {
  /** The level-1 heading's text. */
  heading?: string;
  /** A CSS selector that must match at least one element (the first rows). */
  rows?: string;
}

export interface Probes {
  longTasks: { start: number; duration: number }[];
  /** Long animation frames, with the scripts that ran in them (what a long task was spent on). */
  longFrames: { start: number; duration: number; scripts: string[] }[];
  lastInput: number;
  lastChange: number;
  lastChangePainted: number;
  navigationStarted: number;
  /** Resolves with the time of the first frame painted once `spec` holds and nothing on screen says it is loading. */
  whenPainted(spec: ReadySpec): Promise<number>;
  /** Changes the route as a link would (hash routes), noting the time. */
  navigate(hash: string): void;
  /** Set by the start's own init script: when the first screen was painted after the page loaded. */
  firstScreen?: Promise<number>;
}

declare global {
  interface Window {
    signpostProbes: Probes;
  }
}

/** Runs in the page; must be self-contained (it is serialised by Playwright). */
export function installProbes(): void {
  const probes: Probes = {
    longTasks: [],
    longFrames: [],
    lastInput: 0,
    lastChange: 0,
    lastChangePainted: 0,
    navigationStarted: 0,
    whenPainted(spec) {
      const holds = (): boolean => {
        // Screens paint into <main>; the sign-in gate, before the app's frame exists, into the body.
        const main = document.querySelector('main') ?? document.body;
        if (!main) return false;
        // The app's loading states carry this class (renderer/ui/Loading.tsx).
        if (main.querySelector('.loading-state')) return false;
        if (spec.heading !== undefined) {
          const h1 = main.querySelector('h1');
          if (!h1 || h1.textContent?.trim() !== spec.heading) return false;
        }
        if (spec.rows !== undefined && document.querySelectorAll(spec.rows).length === 0) return false;
        return true;
      };
      return new Promise((resolve) => {
        // Checked in each frame before it is painted; the time is taken just after the paint.
        const frame = () => (holds() ? setTimeout(() => resolve(performance.now()), 0) : requestAnimationFrame(frame));
        requestAnimationFrame(frame);
      });
    },
    navigate(hash) {
      probes.navigationStarted = performance.now();
      location.hash = hash;
    },
  };
  window.signpostProbes = probes;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probes.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // A browser without long-task timing: the longest block is reported as not measured.
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { scripts?: { invoker: string; sourceFunctionName: string; sourceURL: string; sourceCharPosition: number; duration: number }[] })[]) {
        const scripts = (entry.scripts ?? [])
          .filter((s) => s.duration >= 10)
          .map((s) => `${s.invoker} ${s.sourceFunctionName || '(anonymous)'} @${s.sourceURL.split('/').pop() ?? ''}:${s.sourceCharPosition} ${Math.round(s.duration)} ms`);
        probes.longFrames.push({ start: entry.startTime, duration: entry.duration, scripts });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Without long-animation-frame timing, a long block is not attributed.
  }
  const noteInput = (event: Event) => {
    if (event.isTrusted) probes.lastInput = event.timeStamp;
  };
  addEventListener('keydown', noteInput, true);
  addEventListener('click', noteInput, true);
  new MutationObserver(() => {
    const at = performance.now();
    probes.lastChange = at;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (probes.lastChange === at) probes.lastChangePainted = performance.now();
      }, 0),
    );
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}
