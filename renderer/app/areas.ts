/** The product's areas, in the order a forum's day runs: one nav link and one route each. */
import type { IconName } from './icons';

export interface Area {
  path: string;
  label: string;
  icon: IconName;
}

export const AREAS: readonly Area[] = [
  { path: '/', label: 'Today', icon: 'today' },
  { path: '/clients', label: 'Clients', icon: 'clients' },
  { path: '/clinics', label: 'Clinics & appointments', icon: 'clinics' },
  { path: '/advice', label: 'Advice log', icon: 'advice' },
  { path: '/referrals', label: 'Referrals', icon: 'referrals' },
  { path: '/volunteers', label: 'Volunteers & rota', icon: 'volunteers' },
  { path: '/reports', label: 'Reports', icon: 'reports' },
  { path: '/settings', label: 'Settings', icon: 'settings' },
];
