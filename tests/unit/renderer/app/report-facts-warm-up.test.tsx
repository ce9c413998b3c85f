// @vitest-environment jsdom
/**
 * The report's facts are warmed only once the first screen has shown and then nobody has
 * pressed, typed or changed screen for 15 s; any of those puts it off again, or stops a
 * warm-up under way until the next quiet spell; once one has finished nothing starts
 * again; and leaving the signed-in shell (a lock) stops a warm-up under way.
 */
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const warm = vi.hoisted(() => ({ started: 0, stopped: 0, finish: () => undefined as void }));
vi.mock('../../../../renderer/data', () => ({
  warmReportFacts: (_month: string, onDone: () => void) => {
    warm.started += 1;
    warm.finish = onDone;
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
    // A lock (the shell leaving) stops a warm-up under way.
    unmount();
    expect(warm.stopped).toBe(1);
  });

  it('steps aside for someone at work and starts again after the next quiet spell, until it has finished once', async () => {
    const { unmount } = renderHook(() => useReportFactsWarmUp());
    firstScreenShown();
    await vi.advanceTimersByTimeAsync(15_500);
    expect(warm.started).toBe(1);
    // A change of screen while it runs: it is stopped, and not started again before 15 s of quiet.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(warm.stopped).toBe(1);
    await vi.advanceTimersByTimeAsync(14_000);
    expect(warm.started).toBe(1);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(warm.started).toBe(2);
    // Finished: more activity and quiet start nothing more.
    warm.finish();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'b' }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(warm.started).toBe(2);
    expect(warm.stopped).toBe(1);
    unmount();
  });
});
