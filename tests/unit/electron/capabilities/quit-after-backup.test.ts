import { describe, expect, it, vi } from 'vitest';
import { quitCoordinator } from '../../../../electron/capabilities/quit-after-backup';

function setup(pageThere = true) {
  let fire: (() => void) | undefined;
  const deps = {
    askPage: vi.fn(() => pageThere),
    quit: vi.fn(),
    timeoutMs: 60_000,
    setTimer: vi.fn((run: () => void) => {
      fire = run;
      return 1;
    }),
    clearTimer: vi.fn(),
  };
  return { coordinator: quitCoordinator(deps), deps, fireTimer: () => fire?.() };
}

describe('backup on close', () => {
  it('holds the quit, asks the page once, and quits when the page is done', () => {
    const { coordinator, deps } = setup();
    expect(coordinator.holdQuit()).toBe(true);
    expect(coordinator.holdQuit()).toBe(true);
    expect(deps.askPage).toHaveBeenCalledTimes(1);
    coordinator.pageReady();
    expect(deps.quit).toHaveBeenCalledTimes(1);
    expect(deps.clearTimer).toHaveBeenCalled();
    // The quit it started is let through.
    expect(coordinator.holdQuit()).toBe(false);
  });

  it('quits anyway when the page does not answer in time', () => {
    const { coordinator, deps, fireTimer } = setup();
    coordinator.holdQuit();
    fireTimer();
    expect(deps.quit).toHaveBeenCalledTimes(1);
    coordinator.pageReady();
    expect(deps.quit).toHaveBeenCalledTimes(1);
  });

  it('does not hold the quit when there is no page to ask', () => {
    const { coordinator, deps } = setup(false);
    expect(coordinator.holdQuit()).toBe(false);
    expect(deps.quit).not.toHaveBeenCalled();
  });
});
