/**
 * Backup on close: when the app is asked to quit, hold the quit, ask the page to make its
 * closing backup, and quit when it answers, or after a time limit so a stuck page can
 * never keep the app open. Pure logic around three callbacks, so it is unit-tested.
 */
export interface QuitCoordinatorDeps {
  /** Asks the page to back up; false when there is no page to ask. */
  askPage(): boolean;
  quit(): void;
  timeoutMs: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export function quitCoordinator(deps: QuitCoordinatorDeps) {
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let state: 'running' | 'waiting' | 'quitting' = 'running';
  let timer: unknown;

  const finish = () => {
    if (state === 'quitting') return;
    state = 'quitting';
    if (timer !== undefined) clearTimer(timer);
    deps.quit();
  };

  return {
    /** From app 'before-quit': call preventDefault when this returns true. */
    holdQuit(): boolean {
      if (state === 'quitting') return false;
      if (state === 'waiting') return true;
      if (!deps.askPage()) return false;
      state = 'waiting';
      timer = setTimer(finish, deps.timeoutMs);
      return true;
    },
    /** The page's answer on 'app:ready-to-quit'. */
    pageReady(): void {
      if (state === 'waiting') finish();
    },
  };
}
