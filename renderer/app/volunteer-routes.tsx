/** The Volunteers & rota area's screens. */
import type { RouteObject } from 'react-router';
import { VolunteersScreen } from '../features/volunteers/VolunteersScreen';
import { screen } from './area-route';

const AREA = 'Volunteers';

export const volunteerRoutes: RouteObject[] = [screen('/volunteers', AREA, <VolunteersScreen />)];
