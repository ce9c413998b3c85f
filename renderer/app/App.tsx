/**
 * The app shell: skip link, navigation, and one route per screen, each inside its own
 * error boundary. Hash routes, because the renderer is served from
 * app://signpost/index.html in Electron and from a static server in the browser fallback.
 * A data router, so forms can hold the user back when they would lose unsaved changes.
 */
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Outlet, RouterProvider } from 'react-router';
import { ClientDirectoryProvider, useSettings } from '../data';
import { AccessGate } from '../features/access/AccessGate';
import { useLockTriggers } from '../features/access/use-lock-triggers';
import { useAutomaticBackups } from '../features/backups/use-automatic-backups';
import { afterFirstScreen } from '../ui/first-screen';
import { StatusProvider } from '../ui/StatusProvider';
import { DatabaseGate } from './DatabaseGate';
import { Navigation } from './Navigation';
import { prefetchScreens } from './lazy-screen';
import { everydayScreens, routes } from './routes';
import { PageShortcutsProvider } from './shortcuts/page-shortcuts';
import { useFocusOnNavigation } from './use-focus-on-navigation';
import { useSessionWindow } from './use-session-window';
import { useReportFactsWarmUp } from './use-report-facts-warm-up';
import { useStartInOwnArea } from './use-start-in-own-area';

/** A start on a screen other than Today fetches the other screens ahead after this long. */
const FETCH_AHEAD_AFTER_MS = 3000;

function Shell() {
  useSessionWindow();
  useReportFactsWarmUp();
  useAutomaticBackups();
  useFocusOnNavigation();
  useStartInOwnArea();
  // Once the first screen is up and the page idle, so a first visit to a list does not wait for its chunk.
  useEffect(() => {
    let stop: (() => void) | undefined;
    let left = false;
    void afterFirstScreen(FETCH_AHEAD_AFTER_MS).then(() => {
      if (!left) stop = prefetchScreens(everydayScreens);
    });
    return () => {
      left = true;
      stop?.();
    };
  }, []);
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
