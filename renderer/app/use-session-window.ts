/**
 * Keeps every clinic's sessions generated for the rolling window, once per app start and
 * day. It waits until the first screen has shown its content (first-screen.ts) and the
 * page is idle: the top-up needs the bank-holiday parser and its time-zone tables (about
 * 1 MB), which would otherwise be fetched and run with the first load, and today's
 * sessions were made at earlier starts.
 */
import { useEffect } from 'react';
import { topUpSessions } from '../data';
import { localToday } from '../format/dates';
import { afterFirstScreen } from '../ui/first-screen';

/** A start on a screen other than Today tops up after this long. */
const TOP_UP_AFTER_MS = 3000;

export function useSessionWindow(): void {
  useEffect(() => {
    const topUp = () =>
      void topUpSessions(localToday()).catch(() => {
        // Nothing to tell the user: the next start tries again, and existing sessions stand.
      });
    let left = false;
    let idle: number | undefined;
    // An idle callback's time limit alone let it run during a slow sign-in, before Today showed.
    void afterFirstScreen(TOP_UP_AFTER_MS).then(() => {
      if (left) return;
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(topUp, { timeout: 3000 });
      else topUp();
    });
    return () => {
      left = true;
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
}
