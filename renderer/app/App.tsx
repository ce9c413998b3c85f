/**
 * The app shell: skip link, navigation, and one route per screen, each inside its own
 * error boundary. Hash routes, because the renderer is served from
 * app://signpost/index.html in Electron and from a static server in the browser fallback.
 * A data router, so forms can hold the user back when they would lose unsaved changes.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Outlet, RouterProvider } from 'react-router';
import { ClientDirectoryProvider, useDataMissing, useSettings } from '../data';
import { AccessGate } from '../features/access/AccessGate';
import { useLockTriggers } from '../features/access/use-lock-triggers';
import { useAutomaticBackups } from '../features/backups/use-automatic-backups';
import { StatusProvider } from '../ui/StatusProvider';
import { DatabaseGate } from './DatabaseGate';
import { Navigation } from './Navigation';
import { routes } from './routes';
import { PageShortcutsProvider } from './shortcuts/page-shortcuts';
import { useFocusOnNavigation } from './use-focus-on-navigation';
import { useSessionWindow } from './use-session-window';
import { useStartInOwnArea } from './use-start-in-own-area';

function Shell() {
  useSessionWindow();
  useAutomaticBackups();
  // Notes, outside IndexedDB, that this forum has records of its own (see MissingDataNotice).
  useDataMissing();
  useFocusOnNavigation();
  useStartInOwnArea();
  useLockTriggers(useSettings()?.lockAfterMinutes ?? 5);
  // A new language re-renders the screen from scratch, so every date and number on it
  // (including those formatted outside React) is in the new language.
  const { t, i18n } = useTranslation();
  const restrictedName = useCallback((ref: string) => t('restricted.withRef', { ref }), [t]);
  return (
    <StatusProvider>
      <PageShortcutsProvider>
        <ClientDirectoryProvider restrictedName={restrictedName}>
          <a
            className="skip-link"
            href="#main"
            onClick={(event) => {
              event.preventDefault();
              document.getElementById('main')?.focus();
            }}
          >
            {t('app.skipToContent')}
          </a>
          <div className="app-frame">
            <Navigation />
            <main id="main" className="app-main" tabIndex={-1}>
              <div className="app-main__inner">
                <Outlet key={i18n.language} />
              </div>
            </main>
          </div>
        </ClientDirectoryProvider>
      </PageShortcutsProvider>
    </StatusProvider>
  );
}

const router = createHashRouter([{ element: <Shell />, children: routes }]);

export function App() {
  return (
    <DatabaseGate>
      <AccessGate>
        <RouterProvider router={router} />
      </AccessGate>
    </DatabaseGate>
  );
}
