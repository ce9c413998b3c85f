/**
 * HSDS comes nested (v3 API style: a service embeds its organisation, phones, locations)
 * or tabular (v2 and the CSV package: one table per kind, linked by ids). This turns the
 * tabular form into the nested one, filling only what a service does not already embed,
 * so one mapper reads both.
 */

export type HsdsObject = Record<string, unknown>;
export type HsdsTables = Record<string, readonly unknown[]>;

export function isObject(value: unknown): value is HsdsObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A text value: strings trimmed, numbers as text, blanks and everything else undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The objects in a list (a lone object counts as a list of one). */
export function objects(value: unknown): HsdsObject[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

const hasList = (value: unknown): boolean => Array.isArray(value) && value.length > 0;

class Index {
  private readonly byKey = new Map<string, HsdsObject[]>();
  constructor(rows: readonly unknown[], key: string) {
    for (const row of objects(rows)) {
      const value = text(row[key]);
      if (value === undefined) continue;
      const list = this.byKey.get(value);
      if (list) list.push(row);
      else this.byKey.set(value, [row]);
    }
  }
  all(value: unknown): HsdsObject[] {
    const key = text(value);
    return key === undefined ? [] : (this.byKey.get(key) ?? []);
  }
  first(value: unknown): HsdsObject | undefined {
    return this.all(value)[0];
  }
}

const table = (tables: HsdsTables, ...names: string[]): readonly unknown[] =>
  names.flatMap((n) => (Array.isArray(tables[n]) ? tables[n] : []));

/** Each service with its linked rows from the other tables attached, HSDS v3 style. */
export function nestServices(services: readonly HsdsObject[], tables: HsdsTables): HsdsObject[] {
  const organisations = new Index(table(tables, 'organizations', 'organisations'), 'id');
  const locations = new Index(table(tables, 'locations'), 'id');
  const phonesByService = new Index(table(tables, 'phones'), 'service_id');
  const phonesByLocation = new Index(table(tables, 'phones'), 'location_id');
  const phonesByOrganisation = new Index(table(tables, 'phones'), 'organization_id');
  const addressesByLocation = new Index(table(tables, 'physical_addresses', 'addresses'), 'location_id');
  const serviceAtLocations = new Index(table(tables, 'service_at_locations'), 'service_id');
  const languages = new Index(table(tables, 'languages'), 'service_id');
  const schedules = new Index(table(tables, 'schedules'), 'service_id');
  const regularSchedules = new Index(table(tables, 'regular_schedules'), 'service_id');
  const eligibilitys = new Index(table(tables, 'eligibilitys'), 'service_id');
  const contacts = new Index(table(tables, 'contacts'), 'service_id');
  const terms = new Index(table(tables, 'taxonomy_terms', 'taxonomies'), 'id');
  const attributesByLink = new Index(table(tables, 'attributes'), 'link_id');
  const serviceAttributes = new Index(table(tables, 'service_attributes', 'service_taxonomys', 'service_taxonomies'), 'service_id');

  const withTerm = (link: HsdsObject): HsdsObject => {
    if (isObject(link.taxonomy_term) || isObject(link.taxonomy)) return link;
    const term = terms.first(link.taxonomy_term_id) ?? terms.first(link.taxonomy_id);
    return term ? { ...link, taxonomy_term: term } : link;
  };

  const nestLocation = (location: HsdsObject): HsdsObject => ({
    ...location,
    ...(!hasList(location.physical_addresses) && !hasList(location.addresses)
      ? { physical_addresses: addressesByLocation.all(location.id) }
      : {}),
    ...(!hasList(location.phones) ? { phones: phonesByLocation.all(location.id) } : {}),
  });

  return services.map((service) => {
    const id = service.id;
    const organisation = isObject(service.organization) ? service.organization : organisations.first(service.organization_id);
    const sals = hasList(service.service_at_locations) ? objects(service.service_at_locations) : serviceAtLocations.all(id);
    const links = [
      ...objects(service.attributes),
      ...objects(service.service_attributes),
      ...objects(service.service_taxonomys),
      ...attributesByLink.all(id),
      ...serviceAttributes.all(id),
    ];
    return {
      ...service,
      ...(organisation
        ? {
            organization: hasList(organisation.phones)
              ? organisation
              : { ...organisation, phones: phonesByOrganisation.all(organisation.id) },
          }
        : {}),
      phones: hasList(service.phones) ? objects(service.phones) : phonesByService.all(id),
      service_at_locations: sals.map((sal) => {
        const location = isObject(sal.location) ? sal.location : locations.first(sal.location_id);
        return location ? { ...sal, location: nestLocation(location) } : sal;
      }),
      languages: service.languages !== undefined && service.languages !== null && service.languages !== '' ? service.languages : languages.all(id),
      schedules: hasList(service.schedules) ? service.schedules : schedules.all(id),
      regular_schedules: hasList(service.regular_schedules) ? service.regular_schedules : regularSchedules.all(id),
      eligibilitys: hasList(service.eligibilitys) ? service.eligibilitys : eligibilitys.all(id),
      contacts: hasList(service.contacts) ? service.contacts : contacts.all(id),
      attributes: links.map(withTerm),
    };
  });
}
