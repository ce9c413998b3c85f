/**
 * After moving to another screen, focus goes to the new screen's heading, so a screen
 * reader says where the user is and Tab starts from the top of the new content (not from
 * the link that was pressed). Not on the first load, and not when the screen has already
 * put focus somewhere on purpose (a search box that takes the cursor). A screen loaded on
 * demand has no heading until its code arrives (it shows "Loading…" meanwhile), so focus
 * waits on the screen itself and moves to the heading when it appears, unless the person
 * or the screen has moved it elsewhere by then.
 */
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    if (!main) return;
    const active = document.activeElement;
    if (active && active !== main && main.contains(active)) return;
    const focusHeading = (): boolean => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    main.focus();
    const waiting = new MutationObserver(() => {
      const now = document.activeElement;
      const stillWaiting = now === main || now === document.body || now === null;
      if (!stillWaiting || focusHeading()) waiting.disconnect();
    });
    waiting.observe(main, { childList: true, subtree: true });
    return () => waiting.disconnect();
  }, [pathname]);
}
