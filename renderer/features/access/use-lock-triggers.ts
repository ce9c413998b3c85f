/**
 * What locks the app while someone is signed in: no use for the configured minutes
 * (Settings → Locking, default 5) and Ctrl+L (⌘L on a Mac). The idle check re-arms one
 * timer lazily instead of on every mouse move, and reads the time through Date.now(), so
 * a browser test can move Playwright's clock past it.
 */
import { useEffect } from 'react';
import { lock } from '../../security/vault';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'focusin'] as const;

export function isLockShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l';
}

export function useLockTriggers(minutes: number): void {
  useEffect(() => {
    const limit = minutes * 60_000;
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const idle = Date.now() - last;
      if (idle >= limit) lock();
      else timer = setTimeout(check, limit - idle);
    };
    timer = setTimeout(check, limit);
    const active = () => {
      last = Date.now();
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      // Ctrl+L would otherwise go to the browser's address bar in the fallback.
      event.preventDefault();
      lock();
    };
    for (const name of ACTIVITY) window.addEventListener(name, active, { capture: true, passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, active, { capture: true });
      window.removeEventListener('keydown', onKey);
    };
  }, [minutes]);
}
