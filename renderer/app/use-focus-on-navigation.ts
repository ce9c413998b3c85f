/**
 * After moving to another screen, focus goes to the new screen's heading, so a screen
 * reader says where the user is and Tab starts from the top of the new content (not from
 * the link that was pressed). Not on the first load, and not when the screen has already
 * put focus somewhere on purpose (a search box that takes the cursor).
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
    const heading = main.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    } else {
      main.focus();
    }
  }, [pathname]);
}
