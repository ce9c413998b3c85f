/**
 * A screen loaded when it is first visited (its own chunk of JavaScript), so the first
 * load fetches only the shell and Today. The route's Suspense boundary (area-route.tsx)
 * says "Loading…" in the app's words until the chunk has arrived.
 */
import { lazy, type ComponentType } from 'react';

export function lazyScreen<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] }));
}
