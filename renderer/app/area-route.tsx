/**
 * A screen's route: its element inside an error boundary named after its area, and a
 * Suspense boundary that says "Loading…" while a screen's chunk is fetched on its first visit.
 */
import { Suspense, type ReactNode } from 'react';
import { useLocation, type RouteObject } from 'react-router';
import { Loading } from '../ui/Loading';
import { AreaBoundary } from './AreaBoundary';

function Area({ name, children }: { name: string; children: ReactNode }) {
  // Reset the boundary when the user moves to another screen.
  const { pathname } = useLocation();
  return (
    <AreaBoundary key={pathname} area={name}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </AreaBoundary>
  );
}

export const screen = (path: string, area: string, element: ReactNode): RouteObject => ({
  path,
  element: <Area name={area}>{element}</Area>,
});
