/**
 * A screen loaded when it is first needed (its own chunk of JavaScript), so the first
 * load fetches only the shell and Today. The route's Suspense boundary (area-route.tsx)
 * says "Loading…" in the app's words until the chunk has arrived.
 *
 * The everyday screens are also fetched ahead, once Today is up and the page is idle
 * (prefetchScreens), so a first visit does not wait for the network and the parse. A
 * screen whose chunk has arrived renders its component straight away: React.lazy alone
 * would still suspend for a moment on the first render, and show "Loading…" for a frame.
 */
import { createElement, lazy, useState, type ComponentType, type FunctionComponent } from 'react';

export type LazyScreen = FunctionComponent & {
  /** Fetches the screen's chunk (once); resolves when it can render without waiting. */
  preload(): Promise<void>;
};

export function lazyScreen<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name): LazyScreen {
  let loaded: ComponentType | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module[name];
      },
      (error: unknown) => {
        // A failed fetch (the app updated underneath) is tried again on the next visit.
        loading = undefined;
        throw error;
      },
    ));
  const Waiting = lazy(async () => {
    await preload();
    return { default: loaded! };
  });
  // Chosen once per mount, so the screen is never swapped for itself (which would reset it).
  const Screen = () => createElement(useState(() => loaded ?? Waiting)[0]);
  Screen.displayName = `Lazy(${name})`;
  return Object.assign(Screen, { preload });
}

/**
 * Fetches these screens' chunks one at a time, each when the page is idle, so none of it
 * competes with what the person is doing. Returns a function that stops what is not done.
 */
export function prefetchScreens(screens: readonly LazyScreen[]): () => void {
  let stopped = false;
  let pending: number | ReturnType<typeof setTimeout> | undefined;
  const idle = (next: () => void) => {
    pending = typeof requestIdleCallback === 'function' ? requestIdleCallback(next, { timeout: 2000 }) : setTimeout(next, 50);
  };
  const fetchFrom = (at: number) => {
    if (stopped || at >= screens.length) return;
    // A failure here is not the person's: the visit itself fetches again and says so if it fails.
    void screens[at]!.preload()
      .catch(() => undefined)
      .then(() => idle(() => fetchFrom(at + 1)));
  };
  idle(() => fetchFrom(0));
  return () => {
    stopped = true;
    if (pending === undefined) return;
    if (typeof cancelIdleCallback === 'function' && typeof pending === 'number') cancelIdleCallback(pending);
    else clearTimeout(pending);
  };
}
