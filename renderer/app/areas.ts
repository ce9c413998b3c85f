/** The product's areas, in the order a forum's day runs: one nav link and one route each. */
import type { IconName } from './icons';

export interface Area {
  path: string;
  /** The area's name in the common catalogue (nav.*). */
  labelKey: 'nav.today' | 'nav.clients' | 'nav.clinics' | 'nav.advice' | 'nav.referrals' | 'nav.volunteers' | 'nav.reports' | 'nav.settings';
  icon: IconName;
}

export const AREAS: readonly Area[] = [
  { path: '/', labelKey: 'nav.today', icon: 'today' },
  { path: '/clients', labelKey: 'nav.clients', icon: 'clients' },
  { path: '/clinics', labelKey: 'nav.clinics', icon: 'clinics' },
  { path: '/advice', labelKey: 'nav.advice', icon: 'advice' },
  { path: '/referrals', labelKey: 'nav.referrals', icon: 'referrals' },
  { path: '/volunteers', labelKey: 'nav.volunteers', icon: 'volunteers' },
  { path: '/reports', labelKey: 'nav.reports', icon: 'reports' },
  { path: '/settings', labelKey: 'nav.settings', icon: 'settings' },
];
