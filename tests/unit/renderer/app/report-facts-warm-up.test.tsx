// @vitest-environment jsdom
/**
 * The report's facts are warmed only once the first screen has shown and then nobody has
 * pressed, typed or changed screen for 15 s; any of those puts it off again, and leaving
 * the signed-in shell (a lock) stops a warm-up under way.
 */
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const warm = vi.hoisted(() => ({ started: 0, stopped: 0 }));
vi.mock('../../../../renderer/data', () => ({
  warmReportFacts: () => {
    warm.started += 1;
    return () => (warm.stopped += 1);
  },
}));

import { useReportFactsWarmUp } from '../../../../renderer/app/use-report-facts-warm-up';
import { firstScreenShown } from '../../../../renderer/ui/first-screen';

beforeEach(() => {
  vi.useFakeTimers();
  warm.started = 0;
  warm.stopped = 0;
  (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback = undefined;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('warming the report\'s facts when the app is quiet', () => {
  it('waits for the first screen and 15 s without a press, a key or a change of screen', async () => {
    const { unmount } = renderHook(() => useReportFactsWarmUp());
    firstScreenShown();
    await vi.advanceTimersByTimeAsync(10_000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    await vi.advanceTimersByTimeAsync(10_000);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.advanceTimersByTimeAsync(14_000);
    expect(warm.started).toBe(0);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(warm.started).toBe(1);
    // Once started, more activity starts nothing more; a lock (the shell leaving) stops it.
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'b' }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(warm.started).toBe(1);
    unmount();
    expect(warm.stopped).toBe(1);
  });
});
