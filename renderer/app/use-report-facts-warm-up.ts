/**
 * Warms the report's sealed facts in the report's worker (data/report-input/warm-report-facts.ts)
 * once the first screen has shown and then nobody has pressed, typed or changed screen for a
 * while: sign-in, Today and the client directory come first, and a volunteer at work is not
 * slowed by it (on a 2-core laptop its reads and decrypting compete with the screens'). A
 * press, a key or a change of screen while it runs stops it, and it starts again after the
 * next quiet spell, until it has finished once: a list opened during it waited behind its
 * reads (referrals' first rows 1.75 s instead of 0.42 s). It stores what it worked out at
 * its end, a row at a time, so one stopped before then starts over; with every fact current,
 * the usual case, it takes about 2 s. Leaving the signed-in shell (a lock) ends the worker.
 */
import { useEffect } from 'react';
import { warmReportFacts } from '../data';
import { localToday } from '../format/dates';
import { afterFirstScreen } from '../ui/first-screen';

/** After the first screen (or this long on another one)... */
const FIRST_SCREEN_LIMIT_MS = 3000;
/** ...and then this long without a press, a key or a change of screen. */
const QUIET_FOR_MS = 15_000;
const ACTIVITY = ['pointerdown', 'keydown', 'hashchange'] as const;

export function useReportFactsWarmUp(): void {
  useEffect(() => {
    let left = false;
    let waiting = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    let stop: (() => void) | undefined;
    const start = () => {
      idle = undefined;
      if (!left) stop = warmReportFacts(localToday().slice(0, 7), stopWatching);
    };
    const whenQuiet = () => {
      // Someone is at work: a warm-up under way steps aside until the next quiet spell.
      stop?.();
      stop = undefined;
      if (timer !== undefined) clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      idle = undefined;
      timer = setTimeout(() => {
        if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(start, { timeout: 10_000 });
        else start();
      }, QUIET_FOR_MS);
    };
    const stopWatching = () => {
      if (!waiting) return;
      waiting = false;
      for (const kind of ACTIVITY) window.removeEventListener(kind, whenQuiet);
    };
    void afterFirstScreen(FIRST_SCREEN_LIMIT_MS).then(() => {
      if (left) return;
      waiting = true;
      for (const kind of ACTIVITY) window.addEventListener(kind, whenQuiet, { passive: true });
      whenQuiet();
    });
    return () => {
      left = true;
      stopWatching();
      if (timer !== undefined) clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      stop?.();
    };
  }, []);
}
