/** The product's areas, in the order a forum's day runs: one nav link and one route each. */
import type { Permission } from '../../shared/security/roles';
import type { IconName } from './icons';

export interface Area {
  path: string;
  /** The area's name in the common catalogue (nav.*). */
  labelKey: 'nav.today' | 'nav.clients' | 'nav.clinics' | 'nav.advice' | 'nav.referrals' | 'nav.volunteers' | 'nav.reports' | 'nav.settings';
  icon: IconName;
  /** What a role needs to open it (shared/security/roles.ts); the rail shows only these. */
  permission: Permission;
}

export const AREAS: readonly Area[] = [
  { path: '/', labelKey: 'nav.today', icon: 'today', permission: 'appointments.read' },
  { path: '/clients', labelKey: 'nav.clients', icon: 'clients', permission: 'clients.read' },
  { path: '/clinics', labelKey: 'nav.clinics', icon: 'clinics', permission: 'appointments.read' },
  { path: '/advice', labelKey: 'nav.advice', icon: 'advice', permission: 'advice.read' },
  { path: '/referrals', labelKey: 'nav.referrals', icon: 'referrals', permission: 'referrals.read' },
  { path: '/volunteers', labelKey: 'nav.volunteers', icon: 'volunteers', permission: 'volunteers.write' },
  { path: '/reports', labelKey: 'nav.reports', icon: 'reports', permission: 'report.build' },
  { path: '/settings', labelKey: 'nav.settings', icon: 'settings', permission: 'settings.own' },
];

/** The area an address belongs to: the one with the longest path it starts with. */
export function areaOf(pathname: string): Area | undefined {
  if (pathname === '/' || pathname === '') return AREAS[0];
  return AREAS.filter((area) => area.path !== '/' && (pathname === area.path || pathname.startsWith(`${area.path}/`))).sort((a, b) => b.path.length - a.path.length)[0];
}
