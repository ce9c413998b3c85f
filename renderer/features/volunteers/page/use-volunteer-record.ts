/** One volunteer for a screen: the record, `undefined` while it is read, `null` when there is no such volunteer. */
import type { Volunteer } from '../../../../shared/schemas';
import { useVolunteer, useVolunteers } from '../../../data';

export function useVolunteerRecord(id: string): Volunteer | null | undefined {
  const volunteer = useVolunteer(id);
  // The whole list (a few hundred at most) says whether a missing record is still loading or absent.
  const everyone = useVolunteers();
  if (volunteer) return volunteer;
  if (everyone === undefined) return undefined;
  return everyone.some((v) => v.id === id) ? undefined : null;
}
