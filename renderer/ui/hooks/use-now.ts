/** The app clock's time, refreshed on an interval: for "waiting 12 min" that keeps counting. */
import { useEffect, useState } from 'react';
import { localNowOf, type LocalNow } from '../../../shared/schedule/local-now';
import { now as clockNow } from '../../platform/clock';

export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => clockNow().getTime());
  useEffect(() => {
    const timer = setInterval(() => setNow(clockNow().getTime()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Today's date and the time of day by the app clock, refreshed every half minute. */
export function useLocalNow(everyMs = 30_000): LocalNow {
  return localNowOf(new Date(useNow(everyMs)));
}
