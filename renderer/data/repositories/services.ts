/** The local services directory clients are referred to. Sorted by name. */
import { Service, ServiceInput } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { entityRepository } from '../entity-repository';

export const services = entityRepository({
  name: 'services',
  access: { write: 'services.write' },
  table: () => db().services,
  input: ServiceInput,
  stored: Service,
  compare: (a, b) => a.name.localeCompare(b.name),
});
