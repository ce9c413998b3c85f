/**
 * The app's one clock. Everything that asks "what time is it?" (today's date, whether a
 * slot has gone, how long someone has waited, the time stamps on records) asks here, so
 * unit tests pin it with `setClock` and browser tests with Playwright's page.clock.
 */
import { localNowOf, type LocalNow } from '../../shared/schedule/local-now';

export type Clock = () => Date;

const systemClock: Clock = () => new Date();
let current: Clock = systemClock;

export function now(): Date {
  return current();
}

/** Today's date and the time of day, in the forum's local time. */
export function localNow(): LocalNow {
  return localNowOf(now());
}

/** Replaces the clock (tests); returns a function that puts the system clock back. */
export function setClock(clock: Clock): () => void {
  current = clock;
  return () => {
    current = systemClock;
  };
}

/** A clock stopped at one instant, e.g. `fixedClock('2026-11-24T09:00:00')` (local time). */
export function fixedClock(instant: string | Date): Clock {
  const at = new Date(instant);
  return () => new Date(at);
}
