/** The renderer's entry: styles, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
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
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
