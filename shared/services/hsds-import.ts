/**
 * Imports an Open Referral (HSDS) directory, UK profile, v3 or v2 shaped: JSON (a list
 * of services, `{ services, organizations, … }`, or an API page `{ contents }`) or the
 * tabular CSV package (services.csv and friends). Each service becomes a ServiceInput;
 * rows that cannot be used are skipped and every problem is reported row by row. The
 * HSDS id is kept so importing the same directory again updates rather than duplicates.
 */
import { parseCsvTable } from '../imports/csv-table';
import { DEFAULT_ISSUE_CATEGORIES, ServiceFields, ServiceInput } from '../schemas';
import type { IssueCategory, Service } from '../schemas';
import { categoriesForTerms } from './hsds-categories';
import { languageCodeFor } from './hsds-languages';
import { isObject, nestServices, objects, text } from './hsds-tables';
import type { HsdsObject, HsdsTables } from './hsds-tables';

/** The whole file cannot be read as a directory; the message is shown as it is. */
export class HsdsImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HsdsImportError';
  }
}

export interface HsdsReportLine {
  /** The service's position: its number in a JSON list, or its line in services.csv. */
  row: number | string;
  id?: string;
  level: 'skipped' | 'warning';
  message: string;
}

export interface HsdsImportResult {
  services: Array<{ hsdsId: string; input: ServiceInput }>;
  report: HsdsReportLine[];
  format: 'hsds-json' | 'hsds-csv';
}

export interface HsdsImportOptions {
  /** The forum's categories, for matching taxonomy terms (default: the standard set). */
  categories?: readonly IssueCategory[];
}

export const CUT_OFF_MESSAGE = 'The file is not complete JSON: it may have been cut off';
export const INVALID_JSON_MESSAGE = 'The file is not valid JSON, so it cannot be read as a directory of services';
export const EMPTY_FILE_MESSAGE = 'The file is empty';
export const NOT_HSDS_MESSAGE =
  'This is not an Open Referral (HSDS) directory: it has no list of services with ids and names';
export const NO_SERVICES_CSV_MESSAGE =
  'This is not an Open Referral (HSDS) directory: the package has no services.csv';
export const SERVICES_CSV_COLUMNS_MESSAGE =
  'services.csv needs an id column and a name column to be read as an Open Referral (HSDS) directory';

const HSDS_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'];
const DAY_NAMES: Record<string, string> = {
  mo: 'Mon', tu: 'Tue', we: 'Wed', th: 'Thu', fr: 'Fri', sa: 'Sat', su: 'Sun',
  monday: 'Mon', tuesday: 'Tue', wednesday: 'Wed', thursday: 'Thu', friday: 'Fri', saturday: 'Sat', sunday: 'Sun',
  '1': 'Mon', '2': 'Tue', '3': 'Wed', '4': 'Thu', '5': 'Fri', '6': 'Sat', '7': 'Sun',
};

// --- Reading the file -------------------------------------------------------------------

/** True when a JSON text stops inside a string or with brackets still open (and none mismatched). */
export function looksCutOff(source: string): boolean {
  const open: string[] = [];
  let inString = false;
  let escaped = false;
  for (const ch of source) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') open.push(ch === '{' ? '}' : ']');
    else if (ch === '}' || ch === ']') {
      if (open.pop() !== ch) return false;
    }
  }
  return inString || open.length > 0;
}

function parseJson(source: string): unknown {
  const body = source.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new HsdsImportError(EMPTY_FILE_MESSAGE);
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new HsdsImportError(looksCutOff(body) ? CUT_OFF_MESSAGE : INVALID_JSON_MESSAGE);
  }
}

const looksLikeService = (row: unknown): boolean => isObject(row) && ('id' in row || 'name' in row);

/** A JSON directory, as text or already parsed. */
export function importHsdsJson(source: unknown, options: HsdsImportOptions = {}): HsdsImportResult {
  const value = typeof source === 'string' ? parseJson(source) : source;
  let rows: readonly unknown[];
  let tables: HsdsTables = {};
  if (Array.isArray(value)) {
    rows = value;
  } else if (isObject(value) && Array.isArray(value.services)) {
    rows = value.services;
    tables = Object.fromEntries(Object.entries(value).filter((e): e is [string, unknown[]] => Array.isArray(e[1])));
  } else if (isObject(value) && Array.isArray(value.contents)) {
    rows = value.contents;
  } else {
    throw new HsdsImportError(NOT_HSDS_MESSAGE);
  }
  if (rows.length > 0 && !rows.some(looksLikeService)) throw new HsdsImportError(NOT_HSDS_MESSAGE);
  return mapAll(rows.map((row, i) => ({ row: i + 1, value: row })), tables, 'hsds-json', options);
}

/** The file's name without folders or ".csv", in lower case: "HSDS/Services.csv" → "services". */
const tableName = (fileName: string): string =>
  (fileName.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.csv$/, '').trim();

/** The tables of the HSDS tabular package this import reads; any other file is reported and left out. */
export const HSDS_CSV_TABLES: readonly string[] = [
  'services', 'organizations', 'organisations', 'locations', 'phones', 'physical_addresses', 'addresses',
  'service_at_locations', 'languages', 'schedules', 'regular_schedules', 'eligibility', 'eligibilitys',
  'taxonomy_terms', 'service_taxonomies', 'attributes', 'contacts', 'fundings', 'service_areas',
];

export interface CsvFile {
  name: string;
  text: string;
}

/** Rows as objects keyed by the (trimmed, lower-case) header; broken rows reported instead. */
function readCsv(file: CsvFile, isServices: boolean, report: HsdsReportLine[]): { rows: Array<{ row: number; value: HsdsObject }>; fields: string[] } {
  const table = parseCsvTable(file.text.replace(/^\uFEFF/, ''));
  const fields = table.columns.map((c) => c.toLowerCase());
  const rows: Array<{ row: number; value: HsdsObject }> = [];
  for (const line of table.rows) {
    if ('error' in line) {
      report.push({ row: isServices ? line.row : `${file.name} row ${line.row}`, level: isServices ? 'skipped' : 'warning', message: line.error });
      continue;
    }
    // A null-prototype object: a header such as "__proto__" is just a column name.
    const value: HsdsObject = Object.create(null) as HsdsObject;
    fields.forEach((field, i) => {
      if (field !== '') value[field] = line.cells[i] ?? '';
    });
    rows.push({ row: line.row, value });
  }
  return { rows, fields };
}

/**
 * A tabular package: its CSV files (services.csv, with id and name, is required). File
 * names pick the table but are never used as object keys: only the package's own table
 * names are read, and any other file is reported and left out.
 */
export function importHsdsCsv(files: readonly CsvFile[], options: HsdsImportOptions = {}): HsdsImportResult {
  const tables = new Map<string, HsdsObject[]>();
  const report: HsdsReportLine[] = [];
  let services: Array<{ row: number; value: HsdsObject }> | undefined;
  let serviceFields: string[] | undefined;
  for (const file of files) {
    const name = tableName(file.name);
    if (!HSDS_CSV_TABLES.includes(name)) {
      report.push({ row: file.name, level: 'warning', message: 'This file is not one of the tables of an Open Referral (HSDS) package, so it was not read' });
      continue;
    }
    const { rows, fields } = readCsv(file, name === 'services', report);
    tables.set(name, [...(tables.get(name) ?? []), ...rows.map((r) => r.value)]);
    if (name === 'services') {
      services = [...(services ?? []), ...rows];
      serviceFields = fields;
    }
  }
  if (serviceFields === undefined || services === undefined) throw new HsdsImportError(NO_SERVICES_CSV_MESSAGE);
  if (!serviceFields.includes('id') || !serviceFields.includes('name')) throw new HsdsImportError(SERVICES_CSV_COLUMNS_MESSAGE);
  const known: HsdsTables = Object.fromEntries(HSDS_CSV_TABLES.filter((t) => tables.has(t)).map((t) => [t, tables.get(t)!]));
  const result = mapAll(services.map(({ row, value }) => ({ row, value: value as unknown })), known, 'hsds-csv', options);
  return { ...result, report: [...report, ...result.report] };
}

// --- Mapping one service ---------------------------------------------------------------

function mapAll(
  rows: Array<{ row: number; value: unknown }>,
  tables: HsdsTables,
  format: HsdsImportResult['format'],
  options: HsdsImportOptions,
): HsdsImportResult {
  const categories = options.categories ?? DEFAULT_ISSUE_CATEGORIES;
  const report: HsdsReportLine[] = [];
  const services: HsdsImportResult['services'] = [];
  const seen = new Set<string>();
  const candidates: Array<{ row: number; service: HsdsObject }> = [];
  for (const { row, value } of rows) {
    if (!isObject(value)) {
      report.push({ row, level: 'skipped', message: 'This entry is not a service record' });
    } else {
      candidates.push({ row, service: value });
    }
  }
  const nested = nestServices(candidates.map((c) => c.service), tables);
  candidates.forEach(({ row }, i) => {
    const service = nested[i] ?? {};
    const id = text(service.id);
    const name = text(service.name);
    const skip = (message: string): void => {
      report.push({ row, ...(id !== undefined ? { id } : {}), level: 'skipped', message });
    };
    if (id === undefined) return skip(`The service${name ? ` “${name}”` : ''} has no id, so it could not be matched on a later import`);
    if (name === undefined) return skip('The service has no name');
    if (seen.has(id)) return skip(`Another service earlier in the file has the same id (${id})`);
    seen.add(id);
    const warnings: string[] = [];
    const parsed = ServiceInput.safeParse(toInput(service, id, name, categories, warnings));
    for (const message of warnings) report.push({ row, id, level: 'warning', message });
    if (!parsed.success) return skip(parsed.error.issues.map((issue) => issue.message).join('; '));
    services.push({ hsdsId: id, input: parsed.data });
  });
  return { services, report, format };
}

function limited(value: string | undefined, max: number, what: string, warnings: string[]): string | undefined {
  if (value === undefined || value.length <= max) return value;
  warnings.push(`The ${what} was longer than ${max} characters and was shortened`);
  return `${value.slice(0, max - 1).trimEnd()}…`;
}

const short = (value: string): string => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

function firstPhone(service: HsdsObject): string | undefined {
  const organisation = isObject(service.organization) ? service.organization : {};
  const phones = [
    ...objects(service.phones),
    ...objects(service.service_at_locations).flatMap((sal) => objects(isObject(sal.location) ? sal.location.phones : undefined)),
    ...objects(service.contacts).flatMap((c) => objects(c.phones)),
    ...objects(organisation.phones),
  ].filter((p) => text(p.type)?.toLowerCase() !== 'fax');
  for (const phone of phones) {
    const number = text(phone.number);
    if (number === undefined) continue;
    const extension = text(phone.extension);
    return extension ? `${number} ext. ${extension}` : number;
  }
  return undefined;
}

/** A number cut short would be wrong, so an over-long one is left out instead. */
function phone(service: HsdsObject, warnings: string[]): string | undefined {
  const value = firstPhone(service);
  if (value === undefined || value.length <= 40) return value;
  warnings.push(`The phone number “${short(value)}” is longer than 40 characters, so it was left out`);
  return undefined;
}

function website(service: HsdsObject, warnings: string[]): string | undefined {
  const organisation = isObject(service.organization) ? service.organization : {};
  let url = text(service.url) ?? text(organisation.website) ?? text(organisation.url);
  if (url === undefined) return undefined;
  // A bare "www.example.org.uk/page" is a web address without its scheme.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(url)) url = `https://${url}`;
  if (!ServiceFields.shape.website.safeParse(url).success) {
    warnings.push(`The website “${short(url)}” is not a web page address (http or https), so it was left out`);
    return undefined;
  }
  return url;
}

function email(service: HsdsObject, warnings: string[]): string | undefined {
  const organisation = isObject(service.organization) ? service.organization : {};
  const value = text(service.email) ?? text(organisation.email);
  if (value === undefined) return undefined;
  if (!ServiceFields.shape.email.safeParse(value).success) {
    warnings.push(`The email “${short(value)}” is not an email address, so it was left out`);
    return undefined;
  }
  return value;
}

function address(service: HsdsObject): string | undefined {
  for (const sal of objects(service.service_at_locations)) {
    const location = isObject(sal.location) ? sal.location : undefined;
    if (!location) continue;
    const candidates = [
      ...objects(location.physical_addresses),
      ...objects(location.addresses).filter((a) => {
        const kind = text(a.address_type)?.toLowerCase();
        return kind === undefined || kind === 'physical';
      }),
    ];
    for (const a of candidates) {
      const parts = [a.address_1, a.address_2, a.city, a.postal_code].map(text).filter((p): p is string => p !== undefined);
      if (parts.length > 0) return parts.join(', ');
    }
  }
  return undefined;
}

function languages(service: HsdsObject, warnings: string[]): string[] {
  const raw = service.languages;
  const values: string[] = [];
  const push = (v: unknown): void => {
    if (typeof v === 'string') values.push(...v.split(/[,;]/));
    else if (isObject(v)) {
      const value = text(v.code) ?? text(v.name) ?? text(v.language);
      const fallback = text(v.name) ?? text(v.language);
      // Prefer the code; when it is not one we know, try the name.
      if (value !== undefined && languageCodeFor(value) === undefined && fallback !== undefined) values.push(fallback);
      else if (value !== undefined) values.push(value);
    }
  };
  if (Array.isArray(raw)) raw.forEach(push);
  else push(raw);
  const codes: string[] = [];
  for (const value of values.map((v) => v.trim()).filter((v) => v !== '')) {
    const code = languageCodeFor(value);
    if (code === undefined) warnings.push(`The language “${short(value)}” is not recognised, so it was left out`);
    else if (!codes.includes(code)) codes.push(code);
  }
  return codes.slice(0, 50);
}

function termNames(service: HsdsObject): string[] {
  const nameOf = (v: unknown): string | undefined =>
    typeof v === 'string' ? text(v) : isObject(v) ? (text(v.name) ?? text(v.term) ?? text(v.label)) : undefined;
  const names: unknown[] = [];
  for (const key of ['taxonomy', 'taxonomy_terms', 'taxonomies']) {
    const v = service[key];
    if (Array.isArray(v)) names.push(...v);
    else if (v !== undefined) names.push(v);
  }
  for (const link of objects(service.attributes)) names.push(link.taxonomy_term ?? link.taxonomy);
  return names.map(nameOf).filter((n): n is string => n !== undefined);
}

const hhmm = (value: unknown): string | undefined => text(value)?.slice(0, 5);

function openingTimes(service: HsdsObject): string | undefined {
  const schedules = [...objects(service.schedules), ...objects(service.regular_schedules)];
  const parts = schedules
    .map((s) => {
      const description = text(s.description);
      if (description) return description;
      const days = (text(s.byday) ?? text(s.weekday) ?? '')
        .split(',')
        .map((d) => DAY_NAMES[d.trim().toLowerCase().replace(/^[+-]?\d(?=[a-z])/, '')])
        .filter((d): d is string => d !== undefined)
        .join(', ');
      const from = hhmm(s.opens_at);
      const to = hhmm(s.closes_at);
      const hours = from && to ? `${from}–${to}` : (from ?? to ?? '');
      return [days, hours].filter((p) => p !== '').join(' ');
    })
    .filter((p) => p !== '');
  return parts.length > 0 ? [...new Set(parts)].join('; ') : undefined;
}

function eligibility(service: HsdsObject): string | undefined {
  const rows = objects(service.eligibilitys);
  const description =
    text(service.eligibility_description) ??
    text(service.eligibility) ??
    (rows.map((r) => text(r.eligibility)).filter((e): e is string => e !== undefined).join('; ') || undefined);
  const min = text(service.minimum_age) ?? rows.map((r) => text(r.minimum_age)).find((a) => a !== undefined);
  const max = text(service.maximum_age) ?? rows.map((r) => text(r.maximum_age)).find((a) => a !== undefined);
  const ages = min && max ? `Ages ${min} to ${max}` : min ? `Age ${min} and over` : max ? `Up to age ${max}` : undefined;
  const parts = [description, ages].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? parts.join('. ') : undefined;
}

function interpretation(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  const t = text(value)?.toLowerCase();
  return t !== undefined && !['no', 'none', 'n/a', 'false', '0'].includes(t);
}

function active(service: HsdsObject, warnings: string[]): boolean {
  const status = text(service.status)?.toLowerCase();
  if (status === undefined || status === 'active') return true;
  if (!HSDS_STATUSES.includes(status)) warnings.push(`The status “${short(status)}” is not an HSDS status, so the service was marked inactive`);
  return false;
}

function toInput(
  service: HsdsObject,
  hsdsId: string,
  name: string,
  categories: readonly IssueCategory[],
  warnings: string[],
): ServiceInput {
  const organisation = isObject(service.organization) ? service.organization : undefined;
  const terms = termNames(service);
  const matched = categoriesForTerms(terms.length > 0 ? terms : [name], categories);
  return {
    hsdsId,
    name: limited(name, 200, 'name', warnings) ?? name,
    organisation: limited(text(organisation?.name) ?? text(service.organization), 200, 'organisation name', warnings),
    description: limited(text(service.description), 2000, 'description', warnings),
    categories: matched.slice(0, 30),
    phone: phone(service, warnings),
    email: email(service, warnings),
    website: website(service, warnings),
    address: limited(address(service), 400, 'address', warnings),
    languages: languages(service, warnings),
    interpretationOffered: interpretation(service.interpretation_services),
    eligibility: limited(eligibility(service), 1000, 'eligibility', warnings),
    openingTimes: limited(openingTimes(service), 400, 'opening times', warnings),
    active: active(service, warnings),
  };
}

// --- Planning a re-import ----------------------------------------------------------------

export type ExistingService = { id: string; hsdsId?: string | undefined } & Partial<Omit<Service, 'id' | 'hsdsId'>>;

export interface ImportPlan {
  create: ServiceInput[];
  /** Services already imported from this directory whose details have changed. */
  update: Array<{ id: string; input: ServiceInput }>;
  unchanged: number;
  /** Ids of services imported earlier whose HSDS id is no longer in the file (left as they are). */
  notInFile: string[];
}

/** Fields the directory owns; `notes` belong to the forum and survive a re-import. */
const DIRECTORY_FIELDS = (Object.keys(ServiceFields.shape) as Array<keyof typeof ServiceFields.shape>).filter(
  (k) => k !== 'notes',
);

function comparable(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify([...(value as unknown[])].map(String).sort());
  return JSON.stringify(value ?? null);
}

function sameDetails(existing: ExistingService, input: ServiceInput): boolean {
  const before = ServiceInput.safeParse(existing);
  const after = ServiceInput.safeParse(input);
  if (!before.success || !after.success) return false;
  return DIRECTORY_FIELDS.every((k) => comparable(before.data[k]) === comparable(after.data[k]));
}

/** Which imported services are new, which update an earlier import (matched by HSDS id), and which are unchanged. */
export function planImport(parsed: Pick<HsdsImportResult, 'services'>, existing: readonly ExistingService[]): ImportPlan {
  const byHsdsId = new Map<string, ExistingService>();
  for (const service of existing) {
    const key = service.hsdsId?.trim();
    if (key && !byHsdsId.has(key)) byHsdsId.set(key, service);
  }
  const plan: ImportPlan = { create: [], update: [], unchanged: 0, notInFile: [] };
  const inFile = new Set<string>();
  for (const { hsdsId, input } of parsed.services) {
    inFile.add(hsdsId);
    const match = byHsdsId.get(hsdsId);
    // The HSDS id goes with the record, so the next import finds it.
    if (!match) plan.create.push({ ...input, hsdsId });
    else if (sameDetails(match, input)) plan.unchanged += 1;
    else plan.update.push({ id: match.id, input: match.notes !== undefined ? { ...input, notes: match.notes } : input });
  }
  plan.notInFile = [...byHsdsId.entries()].filter(([key]) => !inFile.has(key)).map(([, s]) => s.id);
  return plan;
}
