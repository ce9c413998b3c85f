/**
 * Keeps every clinic's sessions generated for the rolling window, once per app start and
 * day. It waits until the first screen is up and the page is idle: the top-up needs the
 * bank-holiday parser and its time-zone tables (about 1 MB), which would otherwise be
 * fetched and run with the first load, and today's sessions were made at earlier starts.
 */
import { useEffect } from 'react';
import { topUpSessions } from '../data';
import { localToday } from '../format/dates';

export function useSessionWindow(): void {
  useEffect(() => {
    const topUp = () =>
      void topUpSessions(localToday()).catch(() => {
        // Nothing to tell the user: the next start tries again, and existing sessions stand.
      });
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(topUp, { timeout: 3000 });
      return () => cancelIdleCallback(idle);
    }
    const timer = setTimeout(topUp, 1000);
    return () => clearTimeout(timer);
  }, []);
}
