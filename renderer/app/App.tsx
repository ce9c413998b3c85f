/**
 * The app shell: skip link, navigation, and one route per area, each inside its own error
 * boundary. Hash routes, because the renderer is served from app://signpost/index.html in
 * Electron and from a static server in the browser fallback.
 */
import type { ReactNode } from 'react';
import { HashRouter, Route, Routes, useLocation } from 'react-router';
import { AdviceScreen } from '../features/advice/AdviceScreen';
import { ClientsScreen } from '../features/clients/ClientsScreen';
import { ClinicsScreen } from '../features/clinics/ClinicsScreen';
import { ReferralsScreen } from '../features/referrals/ReferralsScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TodayScreen } from '../features/today/TodayScreen';
import { VolunteersScreen } from '../features/volunteers/VolunteersScreen';
import { StatusProvider } from '../ui/StatusProvider';
import { AreaBoundary } from './AreaBoundary';
import { Navigation } from './Navigation';
import { NotFound } from './NotFound';

function Area({ name, children }: { name: string; children: ReactNode }) {
  // Reset the boundary when the user moves to another area.
  const { pathname } = useLocation();
  return (
    <AreaBoundary key={pathname} area={name}>
      {children}
    </AreaBoundary>
  );
}

export function App() {
  return (
    <HashRouter>
      <StatusProvider>
        <a className="skip-link" href="#main" onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}>
          Skip to content
        </a>
        <div className="app-frame">
          <Navigation />
          <main id="main" className="app-main" tabIndex={-1}>
            <div className="app-main__inner">
              <Routes>
                <Route path="/" element={<Area name="Today"><TodayScreen /></Area>} />
                <Route path="/clients" element={<Area name="Clients"><ClientsScreen /></Area>} />
                <Route path="/clinics" element={<Area name="Clinics"><ClinicsScreen /></Area>} />
                <Route path="/advice" element={<Area name="Advice log"><AdviceScreen /></Area>} />
                <Route path="/referrals" element={<Area name="Referrals"><ReferralsScreen /></Area>} />
                <Route path="/volunteers" element={<Area name="Volunteers"><VolunteersScreen /></Area>} />
                <Route path="/reports" element={<Area name="Reports"><ReportsScreen /></Area>} />
                <Route path="/settings" element={<Area name="Settings"><SettingsScreen /></Area>} />
                <Route path="*" element={<NotFound />} />
              </Routes>
            </div>
          </main>
        </div>
      </StatusProvider>
    </HashRouter>
  );
}
