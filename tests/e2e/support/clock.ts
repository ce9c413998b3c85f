/**
 * Pins the app's clock in a browser test, so a test that books "today at 18:00" or looks
 * for "today's" shift passes whenever it runs: at 23:50, on a Sunday, or on a bank
 * holiday. The app reads time only through `new Date()` / `Date.now()` (its one clock),
 * which Playwright's clock replaces. The clock starts at the pinned time and runs on, so
 * two walk-ins a moment apart still arrive in order.
 */
import type { BrowserContext } from '@playwright/test';

/** A Wednesday morning in term time, not a bank holiday anywhere in the UK. */
export const PINNED_NOW = '2026-06-10T09:00:00';

/** Every page of the context, including ones opened later, starts from this time. */
export async function pinClock(context: BrowserContext, at: string = PINNED_NOW): Promise<void> {
  await context.clock.install({ time: new Date(at) });
}

/** Moves the clock of an already pinned context to another time (the next page load shows it). */
export async function moveClock(context: BrowserContext, to: string): Promise<void> {
  await context.clock.setSystemTime(new Date(to));
}

/** The pinned local date `days` away, as YYYY-MM-DD. */
export function pinnedDate(days = 0, at: string = PINNED_NOW): string {
  const date = new Date(at);
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The month `offset` months from the pinned date, as YYYY-MM. */
export function pinnedMonth(offset = 0, at: string = PINNED_NOW): string {
  const date = new Date(at);
  const month = new Date(Date.UTC(date.getFullYear(), date.getMonth() + offset, 1));
  return month.toISOString().slice(0, 7);
}
