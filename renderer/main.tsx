/** The renderer's entry: styles, the chosen language, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startInStoredLanguage } from './i18n';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/front-desk.css';
import './styles/advice-referrals.css';
import './styles/report.css';
import './styles/volunteers.css';
import './styles/rota.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
// The chosen language's catalogue is loaded first, so the first screen is already in it.
void startInStoredLanguage().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
