/**
 * Clinics: the recurring services a forum runs. Sorted by name. Read by whoever works with
 * bookings (the front desk, advisers, the coordinator's rota), and by the committee, who
 * choose a clinic for a one-clinic report; nothing in them is personal.
 */
import { Clinic, ClinicInput } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { entityRepository } from '../entity-repository';

export const clinics = entityRepository({
  name: 'clinics',
  access: { read: ['appointments.read', 'report.build'], write: 'clinics.write' },
  table: () => db().clinics,
  input: ClinicInput,
  stored: Clinic,
  compare: (a, b) => a.name.localeCompare(b.name),
});
