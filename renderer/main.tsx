/** The renderer's entry: styles, the chosen language, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startInStoredLanguage } from './i18n';
import { activeDatabaseName } from './db/active-database';
import { DATABASE_NAME } from './db/database';
import { switchToDatabase } from './db/instance';
import { requestPersistentStorage } from './platform/durable-storage';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/front-desk.css';
import './styles/advice-referrals.css';
import './styles/report.css';
import './styles/volunteers.css';
import './styles/rota.css';
import './styles/backups.css';
import './styles/privacy.css';
import './styles/access.css';
import './styles/print.css';

/**
 * Points the app at the database it uses (the one a restore swapped in, if any) before
 * anything opens it; DatabaseGate then opens it, checking its version.
 */
async function start(): Promise<void> {
  switchToDatabase(await activeDatabaseName().catch(() => DATABASE_NAME));
  // The benchmark's own build only (see renderer/bench/bench-hook.ts); Vite drops this
  // line, and the module with it, from the production build.
  if (import.meta.env.MODE === 'bench') await import('./bench/bench-hook');
  // Ask the browser not to evict the forum's data when the disk runs short (Settings shows the answer).
  void requestPersistentStorage();
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  // The chosen language's catalogue is loaded first, so the first screen is already in it.
  await startInStoredLanguage();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
