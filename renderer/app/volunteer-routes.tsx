/** The Volunteers & rota area's screens. */
import type { RouteObject } from 'react-router';
import { EditVolunteerScreen, NewVolunteerScreen } from '../features/volunteers/form/VolunteerFormScreens';
import { GapsScreen } from '../features/volunteers/gaps/GapsScreen';
import { HoursScreen } from '../features/volunteers/hours/HoursScreen';
import { VolunteerPage } from '../features/volunteers/page/VolunteerPage';
import { RotaScreen } from '../features/volunteers/rota/RotaScreen';
import { VolunteersScreen } from '../features/volunteers/VolunteersScreen';
import { screen } from './area-route';

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
