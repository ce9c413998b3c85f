/** Keeps every clinic's sessions generated for the rolling window, once per app start and day. */
import { useEffect } from 'react';
import { topUpSessions } from '../data';
import { localToday } from '../format/dates';

export function useSessionWindow(): void {
  useEffect(() => {
    void topUpSessions(localToday()).catch(() => {
      // Nothing to tell the user: the next start tries again, and existing sessions stand.
    });
  }, []);
}
