/**
 * Every screen's address. Each sits in an error boundary named after its area. Today, where
 * the app opens, comes with the first load; every other screen is its own chunk, fetched
 * on the first visit (lazy-screen.ts).
 */
import type { RouteObject } from 'react-router';
import { TodayScreen } from '../features/today/TodayScreen';
import { screen } from './area-route';
import { NotFound } from './NotFound';
import { lazyScreen } from './lazy-screen';
import { VolunteersScreen, volunteerRoutes } from './volunteer-routes';

const AdviceScreen = lazyScreen(() => import('../features/advice/AdviceScreen'), 'AdviceScreen');
const EditAdviceScreen = lazyScreen(() => import('../features/advice/AdviceFormScreens'), 'EditAdviceScreen');
const LogAdviceScreen = lazyScreen(() => import('../features/advice/AdviceFormScreens'), 'LogAdviceScreen');
const NewReferralScreen = lazyScreen(() => import('../features/referrals/referral/NewReferralScreen'), 'NewReferralScreen');
const ReferralPage = lazyScreen(() => import('../features/referrals/referral/ReferralPage'), 'ReferralPage');
const EditServiceScreen = lazyScreen(() => import('../features/referrals/services/ServiceFormScreens'), 'EditServiceScreen');
const NewServiceScreen = lazyScreen(() => import('../features/referrals/services/ServiceFormScreens'), 'NewServiceScreen');
const ServicesScreen = lazyScreen(() => import('../features/referrals/services/ServicesScreen'), 'ServicesScreen');
const ClientPage = lazyScreen(() => import('../features/clients/ClientPage'), 'ClientPage');
const ClientsScreen = lazyScreen(() => import('../features/clients/ClientsScreen'), 'ClientsScreen');
const EditClientScreen = lazyScreen(() => import('../features/clients/ClientFormScreens'), 'EditClientScreen');
const RegisterClientScreen = lazyScreen(() => import('../features/clients/ClientFormScreens'), 'RegisterClientScreen');
const ImportClientsScreen = lazyScreen(() => import('../features/clients/import/ImportClientsScreen'), 'ImportClientsScreen');
const ClinicsScreen = lazyScreen(() => import('../features/clinics/ClinicsScreen'), 'ClinicsScreen');
const EditClinicScreen = lazyScreen(() => import('../features/clinics/ClinicFormScreens'), 'EditClinicScreen');
const NewClinicScreen = lazyScreen(() => import('../features/clinics/ClinicFormScreens'), 'NewClinicScreen');
const SessionPage = lazyScreen(() => import('../features/clinics/session/SessionPage'), 'SessionPage');
const ReferralsScreen = lazyScreen(() => import('../features/referrals/ReferralsScreen'), 'ReferralsScreen');
const ReportsScreen = lazyScreen(() => import('../features/reports/ReportsScreen'), 'ReportsScreen');
const SettingsScreen = lazyScreen(() => import('../features/settings/SettingsScreen'), 'SettingsScreen');

/**
 * The screens people go to from Today every day, fetched ahead once the page is idle
 * (App.tsx): the lists, a client's page and a session. Reports, Settings and the forms
 * (with their large libraries: spreadsheets, the whole language table) wait for a visit.
 */
export const everydayScreens = [ClientsScreen, ClientPage, AdviceScreen, ReferralsScreen, ServicesScreen, VolunteersScreen, ClinicsScreen, SessionPage];

export const routes: RouteObject[] = [
  screen('/', 'Today', <TodayScreen />),
  screen('/clients', 'Clients', <ClientsScreen />),
  screen('/clients/new', 'Clients', <RegisterClientScreen />, 'clients.write'),
  screen('/clients/import', 'Clients', <ImportClientsScreen />, 'clients.write'),
  screen('/clients/:clientId', 'Clients', <ClientPage />),
  screen('/clients/:clientId/edit', 'Clients', <EditClientScreen />, 'clients.write'),
  screen('/clinics', 'Clinics', <ClinicsScreen />),
  screen('/clinics/new', 'Clinics', <NewClinicScreen />, 'clinics.write'),
  screen('/clinics/:clinicId/edit', 'Clinics', <EditClinicScreen />, 'clinics.write'),
  screen('/clinics/sessions/:sessionId', 'Clinics', <SessionPage />),
  screen('/advice', 'Advice log', <AdviceScreen />),
  screen('/advice/new', 'Advice log', <LogAdviceScreen />, 'advice.write'),
  screen('/advice/:entryId/edit', 'Advice log', <EditAdviceScreen />, 'advice.write'),
  screen('/referrals', 'Referrals', <ReferralsScreen />),
  screen('/referrals/new', 'Referrals', <NewReferralScreen />, 'referrals.write'),
  screen('/referrals/services', 'Referrals', <ServicesScreen />),
  screen('/referrals/services/new', 'Referrals', <NewServiceScreen />, 'services.write'),
  screen('/referrals/services/:serviceId/edit', 'Referrals', <EditServiceScreen />, 'services.write'),
  screen('/referrals/:referralId', 'Referrals', <ReferralPage />),
  ...volunteerRoutes,
  screen('/reports', 'Reports', <ReportsScreen />),
  screen('/settings', 'Settings', <SettingsScreen />),
  { path: '*', element: <NotFound /> },
];
