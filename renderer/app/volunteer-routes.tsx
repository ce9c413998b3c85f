/** The Volunteers & rota area's screens. */
import type { RouteObject } from 'react-router';
import { screen } from './area-route';
import { lazyScreen } from './lazy-screen';

const EditVolunteerScreen = lazyScreen(() => import('../features/volunteers/form/VolunteerFormScreens'), 'EditVolunteerScreen');
const NewVolunteerScreen = lazyScreen(() => import('../features/volunteers/form/VolunteerFormScreens'), 'NewVolunteerScreen');
const GapsScreen = lazyScreen(() => import('../features/volunteers/gaps/GapsScreen'), 'GapsScreen');
const HoursScreen = lazyScreen(() => import('../features/volunteers/hours/HoursScreen'), 'HoursScreen');
const VolunteerPage = lazyScreen(() => import('../features/volunteers/page/VolunteerPage'), 'VolunteerPage');
const RotaScreen = lazyScreen(() => import('../features/volunteers/rota/RotaScreen'), 'RotaScreen');
export const VolunteersScreen = lazyScreen(() => import('../features/volunteers/VolunteersScreen'), 'VolunteersScreen');

const AREA = 'Volunteers';

export const volunteerRoutes: RouteObject[] = [
  screen('/volunteers', AREA, <VolunteersScreen />),
  screen('/volunteers/new', AREA, <NewVolunteerScreen />),
  screen('/volunteers/rota', AREA, <RotaScreen />),
  screen('/volunteers/gaps', AREA, <GapsScreen />),
  screen('/volunteers/hours', AREA, <HoursScreen />),
  screen('/volunteers/:volunteerId', AREA, <VolunteerPage />),
  screen('/volunteers/:volunteerId/edit', AREA, <EditVolunteerScreen />),
];
