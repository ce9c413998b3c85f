/** Every screen's address. Each sits in an error boundary named after its area. */
import type { RouteObject } from 'react-router';
import { AdviceScreen } from '../features/advice/AdviceScreen';
import { EditAdviceScreen, LogAdviceScreen } from '../features/advice/AdviceFormScreens';
import { NewReferralScreen } from '../features/referrals/referral/NewReferralScreen';
import { ReferralPage } from '../features/referrals/referral/ReferralPage';
import { EditServiceScreen, NewServiceScreen } from '../features/referrals/services/ServiceFormScreens';
import { ServicesScreen } from '../features/referrals/services/ServicesScreen';
import { ClientPage } from '../features/clients/ClientPage';
import { ClientsScreen } from '../features/clients/ClientsScreen';
import { EditClientScreen, RegisterClientScreen } from '../features/clients/ClientFormScreens';
import { ImportClientsScreen } from '../features/clients/import/ImportClientsScreen';
import { ClinicsScreen } from '../features/clinics/ClinicsScreen';
import { EditClinicScreen, NewClinicScreen } from '../features/clinics/ClinicFormScreens';
import { SessionPage } from '../features/clinics/session/SessionPage';
import { ReferralsScreen } from '../features/referrals/ReferralsScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TodayScreen } from '../features/today/TodayScreen';
import { screen } from './area-route';
import { NotFound } from './NotFound';
import { volunteerRoutes } from './volunteer-routes';

export const routes: RouteObject[] = [
  screen('/', 'Today', <TodayScreen />),
  screen('/clients', 'Clients', <ClientsScreen />),
  screen('/clients/new', 'Clients', <RegisterClientScreen />),
  screen('/clients/import', 'Clients', <ImportClientsScreen />),
  screen('/clients/:clientId', 'Clients', <ClientPage />),
  screen('/clients/:clientId/edit', 'Clients', <EditClientScreen />),
  screen('/clinics', 'Clinics', <ClinicsScreen />),
  screen('/clinics/new', 'Clinics', <NewClinicScreen />),
  screen('/clinics/:clinicId/edit', 'Clinics', <EditClinicScreen />),
  screen('/clinics/sessions/:sessionId', 'Clinics', <SessionPage />),
  screen('/advice', 'Advice log', <AdviceScreen />),
  screen('/advice/new', 'Advice log', <LogAdviceScreen />),
  screen('/advice/:entryId/edit', 'Advice log', <EditAdviceScreen />),
  screen('/referrals', 'Referrals', <ReferralsScreen />),
  screen('/referrals/new', 'Referrals', <NewReferralScreen />),
  screen('/referrals/services', 'Referrals', <ServicesScreen />),
  screen('/referrals/services/new', 'Referrals', <NewServiceScreen />),
  screen('/referrals/services/:serviceId/edit', 'Referrals', <EditServiceScreen />),
  screen('/referrals/:referralId', 'Referrals', <ReferralPage />),
  ...volunteerRoutes,
  screen('/reports', 'Reports', <ReportsScreen />),
  screen('/settings', 'Settings', <SettingsScreen />),
  { path: '*', element: <NotFound /> },
];
