/**
 * The busy desk's shortcuts, for the whole app: "/" or Ctrl+K finds a client (the cursor
 * lands in the search box), Alt+N registers a new one, Alt+Q calls the next person in from
 * the queue on show, and "?" or F1 lists them all. None fires while the person is typing
 * in a field or while a dialog is open (its own keys come first).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useStatus } from '../../ui/StatusProvider';
import { ShortcutHelp } from './ShortcutHelp';
import { usePageShortcuts } from './page-shortcuts';
import { isTyping, shortcutFor } from './shortcut-keys';

/** The Clients list's search box: the Clients screen puts the cursor there when it opens. */
export const CLIENT_SEARCH_ID = 'client-search';

export function KeyboardShortcuts() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const status = useStatus();
  const page = usePageShortcuts();
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const id = shortcutFor(event);
      if (!id) return;
      event.preventDefault();
      switch (id) {
        case 'findClient': {
          const search = document.getElementById(CLIENT_SEARCH_ID);
          if (pathname === '/clients' && search) search.focus();
          else void navigate('/clients');
          break;
        }
        case 'newClient':
          void navigate('/clients/new');
          break;
        case 'nextInQueue': {
          const action = page?.actionFor('nextInQueue');
          if (action) action();
          else status.say(t('shortcuts.noQueue'));
          break;
        }
        case 'help':
          setHelpOpen(true);
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, pathname, page, status, t]);

  return (
    <>
      <button type="button" className="app-nav__shortcuts" aria-keyshortcuts="? F1" onClick={() => setHelpOpen(true)}>
        {t('shortcuts.open')}
      </button>
      {helpOpen ? <ShortcutHelp onClose={() => setHelpOpen(false)} /> : null}
    </>
  );
}
