// @vitest-environment jsdom
/** Screens fetched ahead: a screen whose chunk has arrived shows at once, never "Loading…" first. */
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyScreen, prefetchScreens } from '../../../../renderer/app/lazy-screen';

afterEach(cleanup);

/** A screen module that arrives when `arrive` is called, counting how often it was fetched. */
function slowModule() {
  let arrive: () => void = () => undefined;
  let fetched = 0;
  const load = () => {
    fetched += 1;
    return new Promise<{ Clients: () => React.JSX.Element }>((resolve) => {
      arrive = () => resolve({ Clients: () => <h1>Clients</h1> });
    });
  };
  return { load, arrive: () => arrive(), fetches: () => fetched };
}

const shown = (Screen: React.ComponentType) =>
  render(
    <Suspense fallback={<p role="status">Loading…</p>}>
      <Screen />
    </Suspense>,
  );

describe('a screen loaded on demand', () => {
  it('says it is loading on a first visit until its chunk has arrived', async () => {
    const module = slowModule();
    const Clients = lazyScreen(module.load, 'Clients');
    shown(Clients);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    await act(async () => module.arrive());
    expect(screen.getByRole('heading', { name: 'Clients' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows at once, with no loading state, when its chunk was fetched ahead; and is fetched once', async () => {
    const module = slowModule();
    const Clients = lazyScreen(module.load, 'Clients');
    const preloaded = Clients.preload();
    module.arrive();
    await preloaded;
    shown(Clients);
    expect(screen.getByRole('heading', { name: 'Clients' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    await Clients.preload();
    expect(module.fetches()).toBe(1);
  });

  it('fetches the screens ahead one after another when the page is idle, and stops when asked', async () => {
    const first = slowModule();
    const second = slowModule();
    const screens = [lazyScreen(first.load, 'Clients'), lazyScreen(second.load, 'Clients')];
    const stop = prefetchScreens(screens);
    await expect.poll(() => first.fetches()).toBe(1);
    expect(second.fetches()).toBe(0);
    first.arrive();
    await expect.poll(() => second.fetches()).toBe(1);
    stop();
    const third = slowModule();
    const stopped = prefetchScreens([lazyScreen(third.load, 'Clients')]);
    stopped();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(third.fetches()).toBe(0);
  });
});
