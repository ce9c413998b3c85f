/** Volunteers: roles, languages, checks and availability. Sorted by name. */
import { Volunteer, VolunteerInput } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { entityRepository } from '../entity-repository';

export const volunteers = entityRepository({
  name: 'volunteers',
  access: { read: 'volunteers.read', write: 'volunteers.write' },
  table: () => db().volunteers,
  input: VolunteerInput,
  stored: Volunteer,
  compare: (a, b) => a.name.localeCompare(b.name),
});
