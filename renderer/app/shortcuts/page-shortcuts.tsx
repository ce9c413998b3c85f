/**
 * Shortcuts whose action belongs to the screen on show ("next in queue" calls the next
 * person of the queue the volunteer is looking at). A screen offers its action with
 * `usePageShortcut('nextInQueue', callNext)`; the shell's key handler asks for it here.
 */
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ShortcutId } from './shortcut-keys';

type Action = () => void;

interface PageShortcuts {
  offer(id: ShortcutId, action: Action): () => void;
  actionFor(id: ShortcutId): Action | undefined;
}

const PageShortcutsContext = createContext<PageShortcuts | null>(null);

export function PageShortcutsProvider({ children }: { children: ReactNode }) {
  // The latest offer wins; withdrawing restores the one before (a dialog's queue over a page's).
  const offers = useRef(new Map<ShortcutId, Action[]>());
  const api = useMemo<PageShortcuts>(
    () => ({
      offer(id, action) {
        const list = offers.current.get(id) ?? [];
        list.push(action);
        offers.current.set(id, list);
        return () => {
          const current = offers.current.get(id) ?? [];
          offers.current.set(
            id,
            current.filter((a) => a !== action),
          );
        };
      },
      actionFor: (id) => offers.current.get(id)?.at(-1),
    }),
    [],
  );
  return <PageShortcutsContext.Provider value={api}>{children}</PageShortcutsContext.Provider>;
}

/** Offers the screen's action for a shortcut while it is mounted and `action` is given. */
export function usePageShortcut(id: ShortcutId, action: Action | undefined): void {
  const context = useContext(PageShortcutsContext);
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  const offered = action !== undefined;
  useEffect(() => {
    if (!context || !offered) return undefined;
    return context.offer(id, () => latest.current?.());
  }, [context, id, offered]);
}

export function usePageShortcuts(): PageShortcuts | null {
  return useContext(PageShortcutsContext);
}
