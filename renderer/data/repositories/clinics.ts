/** Clinics: the recurring services a forum runs. Sorted by name. */
import { Clinic, ClinicInput } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { entityRepository } from '../entity-repository';

export const clinics = entityRepository({
  name: 'clinics',
  access: { write: 'clinics.write' },
  table: () => db().clinics,
  input: ClinicInput,
  stored: Clinic,
  compare: (a, b) => a.name.localeCompare(b.name),
});
