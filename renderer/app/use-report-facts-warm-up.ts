/**
 * Warms the report's sealed facts in the report's worker (data/report-input/warm-report-facts.ts)
 * once the first screen has shown and the page has then stayed idle a while: sign-in, Today
 * and the client directory come first, and a volunteer at the desk is not slowed by it.
 * Leaving the signed-in shell (a lock) ends the worker.
 */
import { useEffect } from 'react';
import { warmReportFacts } from '../data';
import { localToday } from '../format/dates';
import { afterFirstScreen } from '../ui/first-screen';

/** After the first screen (or this long on another one), and then this long more, before idling. */
const FIRST_SCREEN_LIMIT_MS = 3000;
const QUIET_AFTER_MS = 10_000;

export function useReportFactsWarmUp(): void {
  useEffect(() => {
    let left = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    let stop: (() => void) | undefined;
    const start = () => {
      if (!left) stop = warmReportFacts(localToday().slice(0, 7));
    };
    void afterFirstScreen(FIRST_SCREEN_LIMIT_MS).then(() => {
      if (left) return;
      timer = setTimeout(() => {
        if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(start, { timeout: 10_000 });
        else start();
      }, QUIET_AFTER_MS);
    });
    return () => {
      left = true;
      if (timer !== undefined) clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      stop?.();
    };
  }, []);
}
