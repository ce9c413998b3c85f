/**
 * The local services directory clients are referred to. Sorted by name. Read by those who
 * make and follow referrals (the directory lives in the Referrals area); nothing in it is
 * personal, but the matrix gives it to no one else.
 */
import { Service, ServiceInput } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { entityRepository } from '../entity-repository';

export const services = entityRepository({
  name: 'services',
  access: { read: 'referrals.read', write: 'services.write' },
  table: () => db().services,
  input: ServiceInput,
  stored: Service,
  compare: (a, b) => a.name.localeCompare(b.name),
});
