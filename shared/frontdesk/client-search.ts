/**
 * Finding a client at the front desk by any part of their name (in any script, typed with
 * or without accents), their reference number or their phone number.
 */
import MiniSearch from 'minisearch';
import type { Client } from '../schemas';

/** Letters that NFKD does not split into a base letter and a mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  // Arabic: alef forms, alef maqsura and teh marbuta, as people type them either way.
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ة': 'ه',
};
const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'gu');
/** Combining marks of every script, Arabic tashkeel (U+064B–U+065F, U+0670) and tatweel (U+0640). */
const MARKS = /[\p{M}\u064B-\u065F\u0670\u0640]/gu;

/** Text as it is compared in search: no accents or vowel marks, lower case, one spelling per letter. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_PATTERN, (c) => SPECIAL_LETTERS[c] ?? c);
}

/** The digits of a phone number, with a UK country code (+44, 0044, 44) written as a leading 0. */
export function phoneDigits(text: string): string {
  let digits = text.replace(/\D/g, '');
  if (digits.startsWith('0044')) digits = digits.slice(4);
  else if (digits.startsWith('44')) digits = digits.slice(2);
  else return digits;
  // "+44 (0) 7700 …" already carries the 0.
  return digits.startsWith('0') ? digits : `0${digits}`;
}

export type SearchableClient = Pick<Client, 'id' | 'ref' | 'name' | 'nameLatin' | 'phone'>;

interface ScanEntry {
  id: string;
  phoneDigits: string;
  refDigits: string;
}

const FIELDS = ['name', 'nameLatin', 'ref', 'phone'] as const;

function refDigitsOf(ref: string): string {
  return ref.replace(/\D/g, '');
}

/** 'C-00042' is also found as '00042' and '42'. */
function refText(ref: string): string {
  const digits = refDigitsOf(ref);
  const bare = digits.replace(/^0+(?=\d)/, '');
  return [ref, digits, bare].join(' ');
}

function isDigitQuery(query: string): boolean {
  return /^\+?\d{3,}$/.test(query.replace(/[\s()-]/g, ''));
}

function isAllDigits(term: string): boolean {
  return /^\d+$/.test(term);
}

export class ClientSearchIndex {
  private readonly index: MiniSearch<SearchableClient>;
  private readonly entries = new Map<string, ScanEntry>();

  constructor(clients: SearchableClient[] = []) {
    this.index = new MiniSearch<SearchableClient>({
      idField: 'id',
      fields: [...FIELDS],
      storeFields: [],
      extractField: (client, field) => {
        if (field === 'ref') return client.ref ? refText(client.ref) : undefined;
        if (field === 'phone') return client.phone ? phoneDigits(client.phone) : undefined;
        return (client as unknown as Record<string, unknown>)[field];
      },
      processTerm: (term) => foldForSearch(term) || null,
      searchOptions: {
        combineWith: 'AND',
        prefix: true,
        // Fuzzy matching only for words long enough to carry a typo, never for numbers.
        fuzzy: (term) => (term.length >= 4 && !isAllDigits(term) ? 0.2 : false),
        boost: { name: 2, nameLatin: 2 },
      },
    });
    this.replaceAll(clients);
  }

  get size(): number {
    return this.entries.size;
  }

  replaceAll(clients: SearchableClient[]): void {
    this.index.removeAll();
    this.entries.clear();
    const unique = new Map<string, SearchableClient>();
    for (const client of clients) unique.set(client.id, client);
    for (const client of unique.values()) this.entries.set(client.id, this.entryFor(client));
    this.index.addAll([...unique.values()]);
  }

  upsert(client: SearchableClient): void {
    if (this.index.has(client.id)) this.index.discard(client.id);
    this.index.add(client);
    this.entries.set(client.id, this.entryFor(client));
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
    this.entries.delete(id);
  }

  /** Client ids matching the query, best first. */
  search(query: string, limit = 50): string[] {
    const text = query.trim();
    if (!text || limit <= 0) return [];
    const found: string[] = [];
    const seen = new Set<string>();
    const push = (id: string): void => {
      if (!seen.has(id)) {
        seen.add(id);
        found.push(id);
      }
    };

    const digitQuery = isDigitQuery(text);
    if (digitQuery) {
      const raw = text.replace(/\D/g, '');
      // Read a country code only where one was clearly typed, so '447' still finds …447….
      const international = /^(\+|00)/.test(text) || raw.length >= 12;
      const asPhone = international ? phoneDigits(text) : raw;
      const asNumber = Number(raw);
      const refHits: string[] = [];
      const phoneHits: string[] = [];
      for (const entry of this.entries.values()) {
        if (entry.refDigits && (entry.refDigits === raw || Number(entry.refDigits) === asNumber)) {
          refHits.push(entry.id);
        } else if (entry.phoneDigits && entry.phoneDigits.includes(asPhone)) {
          phoneHits.push(entry.id);
        }
      }
      refHits.forEach(push);
      phoneHits.forEach(push);
    }

    if (found.length < limit) {
      // A number alone is looked up among reference numbers here: phone numbers were matched
      // by the scan above, and a 1–2 digit phone prefix ("07") would match nearly everyone.
      const numberOnly = digitQuery || /^\+?\d{1,2}$/.test(text);
      for (const result of this.index.search(text, numberOnly ? { fields: ['ref'] } : {})) {
        push(String(result.id));
        if (found.length >= limit) break;
      }
    }
    return found.slice(0, limit);
  }

  private entryFor(client: SearchableClient): ScanEntry {
    return {
      id: client.id,
      phoneDigits: client.phone ? phoneDigits(client.phone) : '',
      refDigits: refDigitsOf(client.ref),
    };
  }
}
