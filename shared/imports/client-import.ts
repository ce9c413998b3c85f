/**
 * Importing a forum's existing client list from a spreadsheet: which column is which
 * field (guessed from the header, chosen by the volunteer), each row turned into a client
 * and checked with the same schema as the form, and a report for every row: imported,
 * duplicate of an existing client (or of an earlier row), or refused and why. Columns are
 * addressed by position, never by their header text, so a header can be anything.
 */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import { foldForSearch, phoneDigits } from '../frontdesk/client-search';
import { possibleDuplicates } from '../frontdesk/duplicates';
import { ClientInput, type Client, type ClientData } from '../schemas';
import { languageCodeFor } from '../services/hsds-languages';
import type { TableRowProblem, TextTable } from './csv-table';

countries.registerLocale(english);

export const CLIENT_IMPORT_FIELDS = [
  { key: 'name', headers: ['name', 'full name', 'client name', 'client', 'person', 'names'] },
  { key: 'nameLatin', headers: ['latin name', 'name latin', 'name in latin', 'name in latin letters', 'english name', 'name in english'] },
  { key: 'phone', headers: ['phone', 'telephone', 'mobile', 'phone number', 'tel', 'mobile number'] },
  { key: 'email', headers: ['email', 'e mail', 'email address'] },
  { key: 'birthYear', headers: ['birth year', 'year of birth', 'yob', 'date of birth', 'dob', 'born', 'birth date'] },
  { key: 'gender', headers: ['gender', 'sex'] },
  { key: 'nationality', headers: ['nationality', 'country', 'country of origin', 'citizenship'] },
  { key: 'languages', headers: ['languages', 'language', 'main language', 'languages spoken', 'first language'] },
  { key: 'interpreterLanguage', headers: ['interpreter', 'interpreter language', 'interpreter needed', 'needs interpreter'] },
  { key: 'area', headers: ['area', 'postcode', 'post code', 'postcode district', 'district'] },
  { key: 'arrivalYear', headers: ['arrival year', 'year of arrival', 'arrived', 'arrival date', 'date of arrival'] },
] as const;

export type ClientImportField = (typeof CLIENT_IMPORT_FIELDS)[number]['key'];
/** For each column, by position: the field it fills, or '' for a column left out. */
export type ColumnMapping = readonly (ClientImportField | '')[];

const normaliseHeader = (header: string): string =>
  header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A first guess from the header row; each field is given to one column at most. */
export function guessMapping(columns: readonly string[]): ColumnMapping {
  const taken = new Set<ClientImportField>();
  return columns.map((column) => {
    const header = normaliseHeader(column);
    const field = CLIENT_IMPORT_FIELDS.find((f) => !taken.has(f.key) && (f.headers as readonly string[]).includes(header));
    if (!field) return '';
    taken.add(field.key);
    return field.key;
  });
}

export interface ConsentFacts {
  /** The forum confirms everyone on the list agreed to it keeping their details. */
  date: string;
  recordedBy: string;
}

export type ClientImportOutcome = 'import' | 'duplicate' | 'refused';

/**
 * Why a row is a duplicate or refused, or what was left out of an imported one: a code
 * and its values, worded on screen in the volunteer's language. A schema's `message` is
 * its plain English (looked up by the screen like the client form's messages).
 */
export type ClientImportReason =
  | { code: 'unreadable-row'; problem: TableRowProblem }
  | { code: 'invalid'; field?: ClientImportField; message: string }
  | { code: 'already-registered'; ref: string; name: string }
  | { code: 'same-as-row'; row: number }
  | { code: 'not-a-year'; field: 'birthYear' | 'arrivalYear'; value: string }
  | { code: 'unknown-country'; value: string }
  | { code: 'unknown-language'; value: string }
  | { code: 'not-a-postcode'; value: string }
  | { code: 'unknown-interpreter-language'; value: string };

export interface ClientImportLine {
  /** The row as a spreadsheet numbers it (the header is row 1). */
  row: number;
  outcome: ClientImportOutcome;
  name?: string;
  /** Why, for a duplicate or a refusal; what was left out, for an import (often nothing). */
  reasons: ClientImportReason[];
}

export interface ClientImportPlan {
  lines: ClientImportLine[];
  /** The rows to import, parsed by the client form's schema, in file order. */
  clients: ClientData[];
}

// --- Reading one value ---------------------------------------------------------------------

function yearOf(value: string): number | undefined {
  const iso = /^(\d{4})(-\d{1,2}-\d{1,2})?$/.exec(value);
  if (iso) return Number(iso[1]);
  const dayFirst = /^\d{1,2}[/.-]\d{1,2}[/.-](\d{4})$/.exec(value);
  if (dayFirst) return Number(dayFirst[1]);
  return undefined;
}

const GENDER_WORDS: Readonly<Record<string, ClientData['gender']>> = {
  f: 'woman', female: 'woman', woman: 'woman', w: 'woman',
  m: 'man', male: 'man', man: 'man',
  'non binary': 'non-binary', nonbinary: 'non-binary', nb: 'non-binary',
  'prefer not to say': 'prefer-not-to-say', 'not stated': 'prefer-not-to-say',
};

let countryWords: Array<{ words: string[]; code: string }> | undefined;

/** An ISO code for a country name or code: "Eritrea", "ER", "Syria", "United Kingdom". */
export function countryCodeFor(value: string): string | undefined {
  const text = value.trim();
  if (/^[a-z]{2}$/i.test(text) && countries.isValid(text.toUpperCase())) return text.toUpperCase();
  const exact = countries.getAlpha2Code(text, 'en');
  if (exact) return exact;
  countryWords ??= Object.entries(countries.getNames('en', { select: 'all' })).flatMap(([code, names]) =>
    (Array.isArray(names) ? names : [names]).map((name) => ({ code, words: normaliseHeader(name).split(' ') })),
  );
  const wanted = normaliseHeader(text);
  if (wanted.length < 4) return undefined;
  // "Syria" for "Syrian Arab Republic": a unique country whose name has a word starting so.
  const codes = new Set(countryWords.filter((c) => c.words.some((w) => w.startsWith(wanted)) || c.words.join(' ') === wanted).map((c) => c.code));
  return codes.size === 1 ? [...codes][0] : undefined;
}

const YES = ['yes', 'y', 'true', '1', 'needed'];
const NO = ['no', 'n', 'false', '0', 'none', 'not needed'];

/** Turns one row into form input, noting values it could not use (which are left out). */
function rowToInput(cells: readonly string[], mapping: ColumnMapping, consent: ConsentFacts, notes: ClientImportReason[]): Record<string, unknown> {
  const input: Record<string, unknown> = {
    // Blank unless a column fills it, so a row without one is refused for its name in plain words.
    name: '',
    languages: [],
    consents: { storage: { given: true, date: consent.date, recordedBy: consent.recordedBy } },
  };
  let interpreter: string | undefined;
  mapping.forEach((field, column) => {
    const value = (cells[column] ?? '').trim();
    if (field === '' || value === '') return;
    switch (field) {
      case 'name':
      case 'nameLatin':
      case 'phone':
      case 'email':
        input[field] = value;
        break;
      case 'birthYear':
      case 'arrivalYear': {
        const year = yearOf(value);
        if (year === undefined) notes.push({ code: 'not-a-year', field, value });
        else input[field] = year;
        break;
      }
      case 'gender': {
        const gender = GENDER_WORDS[normaliseHeader(value)];
        if (gender) input.gender = gender;
        else {
          input.gender = 'self-described';
          input.genderSelfDescribed = value.slice(0, 80);
        }
        break;
      }
      case 'nationality': {
        const code = countryCodeFor(value);
        if (code) input.nationality = code;
        else notes.push({ code: 'unknown-country', value });
        break;
      }
      case 'languages': {
        const codes: string[] = [];
        for (const part of value.split(/[,;/|]+/).map((p) => p.trim()).filter(Boolean)) {
          const code = languageCodeFor(part);
          if (code === undefined) notes.push({ code: 'unknown-language', value: part });
          else if (!codes.includes(code)) codes.push(code);
        }
        input.languages = codes.slice(0, 10);
        break;
      }
      case 'interpreterLanguage':
        interpreter = value;
        break;
      case 'area': {
        // Only the first half of a postcode is ever kept.
        const outward = value.toUpperCase().trim().split(/\s+/)[0] ?? '';
        const district = /^[A-Z]{1,2}\d[A-Z\d]?$/.test(outward) ? outward : /^([A-Z]{1,2}\d[A-Z\d]?)\d[A-Z]{2}$/.exec(outward)?.[1];
        if (district) input.area = district;
        else notes.push({ code: 'not-a-postcode', value });
        break;
      }
    }
  });
  if (interpreter !== undefined) {
    const word = normaliseHeader(interpreter);
    if (!NO.includes(word)) {
      const code = YES.includes(word) ? (input.languages as string[])[0] : languageCodeFor(interpreter);
      if (code) {
        input.interpreterNeeded = true;
        input.interpreterLanguage = code;
      } else {
        notes.push({ code: 'unknown-interpreter-language', value: interpreter });
      }
    }
  }
  return input;
}

// --- Duplicates ---------------------------------------------------------------------------

const nameKey = (name: string): string => [...new Set(foldForSearch(name).split(/[\s\p{P}\p{Z}]+/u).filter(Boolean))].sort().join(' ');

type Known = Pick<Client, 'id' | 'ref' | 'name' | 'nameLatin' | 'phone' | 'birthYear'> & { reason: ClientImportReason };

/**
 * Finds people already known (on the list, or earlier in the file) by phone or by name
 * first, then checks the few found with the registration form's duplicate rule: comparing
 * every row with every client would take minutes at 20,000 of each.
 */
class KnownPeople {
  private readonly byPhone = new Map<string, Known[]>();
  private readonly byName = new Map<string, Known[]>();

  add(person: Known): void {
    const push = (map: Map<string, Known[]>, key: string) => {
      if (key === '') return;
      const list = map.get(key);
      if (list) list.push(person);
      else map.set(key, [person]);
    };
    if (person.phone) push(this.byPhone, phoneDigits(person.phone));
    for (const name of [person.name, person.nameLatin]) if (name) push(this.byName, nameKey(name));
  }

  match(candidate: ClientData): Known | undefined {
    const near = new Set<Known>();
    if (candidate.phone) for (const p of this.byPhone.get(phoneDigits(candidate.phone)) ?? []) near.add(p);
    for (const name of [candidate.name, candidate.nameLatin]) if (name) for (const p of this.byName.get(nameKey(name)) ?? []) near.add(p);
    if (near.size === 0) return undefined;
    const [first] = possibleDuplicates(candidate, [...near] as unknown as Client[]);
    return first as unknown as Known | undefined;
  }
}

// --- The plan --------------------------------------------------------------------------------

export function planClientImport(
  table: TextTable,
  mapping: ColumnMapping,
  existing: ReadonlyArray<Pick<Client, 'id' | 'ref' | 'name' | 'nameLatin' | 'phone' | 'birthYear'>>,
  consent: ConsentFacts,
): ClientImportPlan {
  const known = new KnownPeople();
  for (const client of existing) known.add({ ...client, reason: { code: 'already-registered', ref: client.ref, name: client.name } });
  const lines: ClientImportLine[] = [];
  const clients: ClientData[] = [];
  for (const row of table.rows) {
    if ('error' in row) {
      lines.push({ row: row.row, outcome: 'refused', reasons: [{ code: 'unreadable-row', problem: row.problem }] });
      continue;
    }
    const notes: ClientImportReason[] = [];
    const input = rowToInput(row.cells, mapping, consent, notes);
    const name = typeof input.name === 'string' && input.name !== '' ? input.name : undefined;
    const parsed = ClientInput.safeParse(input);
    if (!parsed.success) {
      const reasons = new Map<string, ClientImportReason>();
      for (const issue of parsed.error.issues) {
        const field = CLIENT_IMPORT_FIELDS.find((f) => f.key === issue.path[0])?.key;
        // One reason per field and message, however many checks said it.
        reasons.set(`${field ?? ''}\u0000${issue.message}`, { code: 'invalid', ...(field ? { field } : {}), message: issue.message });
      }
      lines.push({ row: row.row, outcome: 'refused', ...(name ? { name } : {}), reasons: [...reasons.values()] });
      continue;
    }
    const twin = known.match(parsed.data);
    if (twin) {
      lines.push({ row: row.row, outcome: 'duplicate', name: parsed.data.name, reasons: [twin.reason] });
      continue;
    }
    known.add({ id: `row-${row.row}`, ref: '', name: parsed.data.name, nameLatin: parsed.data.nameLatin, phone: parsed.data.phone, birthYear: parsed.data.birthYear, reason: { code: 'same-as-row', row: row.row } });
    clients.push(parsed.data);
    lines.push({ row: row.row, outcome: 'import', name: parsed.data.name, reasons: notes });
  }
  return { lines, clients };
}
