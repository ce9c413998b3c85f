/**
 * A screen's route: its element inside an error boundary named after its area and a
 * Suspense boundary that says "Loading…" while a screen's chunk is fetched on its first
 * visit, opened only for a role that may open the area (areas.ts). Any other role gets a
 * plain "not available to your role" screen, never an error; at the start address ('/'),
 * a role without Today (the committee) is taken to its first area instead.
 */
import { Suspense, type ReactNode } from 'react';
import { Navigate, useLocation, type RouteObject } from 'react-router';
import type { Permission } from '../../shared/security/roles';
import { useCan } from '../security/permissions';
import { Loading } from '../ui/Loading';
import { AreaBoundary } from './AreaBoundary';
import { areaOf } from './areas';
import { NotAvailable, useFirstArea } from './NotAvailable';

function Area({ name, path, needs, children }: { name: string; path: string; needs: Permission | undefined; children: ReactNode }) {
  // Reset the boundary when the user moves to another screen.
  const { pathname } = useLocation();
  const area = areaOf(path);
  const mayOpenArea = useCan(area?.permission ?? 'settings.write');
  const mayDoThis = useCan(needs ?? area?.permission ?? 'settings.write');
  const allowed = mayOpenArea && mayDoThis;
  const first = useFirstArea();
  if (!allowed) {
    if (path === '/' && first) return <Navigate to={first.path} replace />;
    return <NotAvailable />;
  }
  return (
    <AreaBoundary key={pathname} area={name}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </AreaBoundary>
  );
}

/** `needs`: what this screen is for beyond opening its area (a form that writes: 'clients.write'). */
export const screen = (path: string, area: string, element: ReactNode, needs?: Permission): RouteObject => ({
  path,
  element: (
    <Area name={area} path={path} needs={needs}>
      {element}
    </Area>
  ),
});
