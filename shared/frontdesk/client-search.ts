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

/**
 * What the index reads of a client, worked out once (folding is most of the index's cost):
 * the names folded, the phone's digits, and every word of the names, the reference and the
 * phone, separated by spaces. The directory snapshot carries it beside each client, so a
 * sign-in folds nothing.
 */
export type SearchText = readonly [name: string, nameLatin: string, phoneDigits: string, words: string];

/**
 * Changes whenever what searchTextOf gives for a client changes (the folding, the phone's
 * digits, the words): a SearchText worked out under other rules is not used, but worked out again.
 */
export const SEARCH_TEXT_VERSION = 1;

/** A client's SearchText (see above). */
export function searchTextOf(client: SearchableClient): SearchText {
  const phone = client.phone ? phoneDigits(client.phone) : '';
  const name = foldForSearch(client.name);
  const nameLatin = client.nameLatin ? foldForSearch(client.nameLatin) : '';
  const words = [...splitWords(name), ...splitWords(nameLatin), ...refText(client.ref).split(' '), ...(phone ? [phone] : [])];
  return [name, nameLatin, phone, words.join(' ')];
}

/** Whether a value read back (from the snapshot) has the shape of a SearchText. */
export function isSearchText(value: unknown): value is SearchText {
  return Array.isArray(value) && value.length === 4 && value.every((part) => typeof part === 'string');
}

interface ScanEntry {
  id: string;
  phoneDigits: string;
  refDigits: string;
  /** The reference's number without leading zeros ('42' for C-00042). */
  refBare: string;
  /** The names folded once, for the index and for the words below. */
  folded: { name: string; nameLatin: string };
  /** Every word of the names (folded), the reference's digits and the phone's, each after WORD_MARK: for short words. */
  words: string;
}

/**
 * Only the names go into the index. Numbers (the reference's digits, the phone's) are
 * looked for in each client's words (ScanEntry.words), as the start of one: 20,000 unique
 * references and phone numbers made up most of the index and most of the time to build it.
 */
const FIELDS = ['name', 'nameLatin'] as const;

function refDigitsOf(ref: string): string {
  return ref.replace(/\D/g, '');
}

/**
 * 'C-00042' is indexed as '00042' and '42' (found by name and number together: "hadi 333").
 * Not as 'C': every reference would then match a name beginning with C.
 */
function refText(ref: string): string {
  const digits = refDigitsOf(ref);
  const bare = digits.replace(/^0+(?=\d)/, '');
  return [digits, bare].join(' ');
}

function isDigitQuery(query: string): boolean {
  return /^\+?\d{3,}$/.test(query.replace(/[\s()-]/g, ''));
}

/** A reference typed as one: 'C-00042', 'c42', or digits alone. */
const REFERENCE_QUERY = /^(?:c\s*-?\s*)?(\d+)$/i;

/** MiniSearch's own word boundaries: spaces and punctuation. */
const WORD_BREAK = /[\n\r\p{Z}\p{P}]+/u;

/**
 * Words this short are looked for among each client's words, not in the index: as a prefix
 * in the index, "a" expands to every word beginning with a and scores every client holding
 * one (the slow keystrokes of `npm run bench -- search`); a scan stops at the limit.
 */
const SHORT_WORD = 2;

/** Starts each word in ScanEntry.words, so "does a word begin with x" is one `includes`. */
const WORD_MARK = '\u0001';

function wordsOf(text: string): string[] {
  return splitWords(foldForSearch(text));
}

function splitWords(folded: string): string[] {
  return folded.split(WORD_BREAK).filter((word) => word !== '');
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

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
        // Names are folded once per client, in its entry (set before it is indexed).
        if (field === 'name' || field === 'nameLatin') return this.entries.get(client.id)?.folded[field] || undefined;
        return (client as unknown as Record<string, unknown>)[field];
      },
      // Indexed text is folded already; what is typed is folded as it is searched.
      processTerm: (term) => term || null,
      searchOptions: {
        processTerm: (term) => foldForSearch(term) || null,
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

  replaceAll(clients: readonly SearchableClient[]): void {
    this.index.addAll(this.reset(clients));
  }

  /**
   * As replaceAll, in steps of a few hundred clients with a pause between them, so building
   * the index for 20,000 people never holds the page up for long. Resolves when done.
   * `textOf` gives a client's SearchText when it is already known (from the snapshot);
   * it must be searchTextOf of that same record.
   */
  async replaceAllAsync<C extends SearchableClient>(
    clients: readonly C[],
    chunkSize = 500,
    pause: () => Promise<void> = nextTask,
    textOf: (client: C) => SearchText | undefined = () => undefined,
  ): Promise<void> {
    const unique = this.reset(clients, false);
    for (let start = 0; start < unique.length; start += chunkSize) {
      const chunk = unique.slice(start, start + chunkSize);
      for (const client of chunk) this.entries.set(client.id, this.entryFor(client, textOf(client)));
      this.index.addAll(chunk);
      await pause();
    }
  }

  private reset<C extends SearchableClient>(clients: readonly C[], withEntries = true): C[] {
    this.index.removeAll();
    this.entries.clear();
    const unique = new Map<string, C>();
    for (const client of clients) unique.set(client.id, client);
    if (withEntries) for (const client of unique.values()) this.entries.set(client.id, this.entryFor(client));
    return [...unique.values()];
  }

  upsert(client: SearchableClient): void {
    if (this.index.has(client.id)) this.index.discard(client.id);
    this.entries.set(client.id, this.entryFor(client));
    this.index.add(client);
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
      if (!seen.has(id) && found.length < limit) {
        seen.add(id);
        found.push(id);
      }
    };

    const reference = REFERENCE_QUERY.exec(text);
    if (reference) {
      // A reference: the exact number first, then those it begins (the one being typed).
      const digits = reference[1]!;
      const bare = digits.replace(/^0+(?=\d)/, '');
      const asNumber = Number(digits);
      const beginning: string[] = [];
      for (const entry of this.entries.values()) {
        if (!entry.refDigits) continue;
        if (Number(entry.refDigits) === asNumber) push(entry.id);
        else if (beginning.length < limit && (entry.refDigits.startsWith(digits) || entry.refBare.startsWith(bare))) {
          beginning.push(entry.id);
        }
      }
      beginning.forEach(push);
    }

    if (isDigitQuery(text)) {
      const raw = text.replace(/\D/g, '');
      // Read a country code only where one was clearly typed, so '447' still finds …447….
      const international = /^(\+|00)/.test(text) || raw.length >= 12;
      const asPhone = international ? phoneDigits(text) : raw;
      for (const entry of this.entries.values()) {
        if (found.length >= limit) break;
        if (entry.phoneDigits && entry.phoneDigits.includes(asPhone)) push(entry.id);
      }
    }
    // Numbers alone have been looked up as references and phone numbers: nothing else to do.
    if (reference || isDigitQuery(text) || found.length >= limit) return found;

    const words = wordsOf(text);
    // Numbers and short words are looked for among each client's words; longer words in the index.
    const long = words.filter((word) => word.length > SHORT_WORD && !isAllDigits(word));
    const short = words.filter((word) => word.length <= SHORT_WORD || isAllDigits(word)).map((word) => WORD_MARK + word);
    const hasShort = (entry: ScanEntry | undefined): boolean => entry !== undefined && short.every((word) => entry.words.includes(word));
    if (long.length === 0) {
      for (const entry of this.entries.values()) {
        if (found.length >= limit) break;
        if (hasShort(entry)) push(entry.id);
      }
      return found;
    }
    // Words as typed first; only when they match nobody, allowing a typo. Fuzzy matching
    // widens each word to every one a letter away and scores all their clients, which is
    // most of a keystroke's cost, and a name being typed correctly does not need it.
    const typed = long.join(' ');
    const asTyped = this.index.search(typed, { fuzzy: false });
    for (const result of asTyped.length > 0 ? asTyped : this.index.search(typed)) {
      if (found.length >= limit) break;
      const id = String(result.id);
      if (hasShort(this.entries.get(id))) push(id);
    }
    return found;
  }

  private entryFor(client: SearchableClient, text: SearchText = searchTextOf(client)): ScanEntry {
    const [name, nameLatin, phone, words] = text;
    const refDigits = refDigitsOf(client.ref);
    return {
      folded: { name, nameLatin },
      id: client.id,
      phoneDigits: phone,
      refDigits,
      refBare: refDigits.replace(/^0+(?=\d)/, ''),
      // Words never hold a space (it is a word break), so spaces become the marks.
      words: WORD_MARK + words.replaceAll(' ', WORD_MARK),
    };
  }
}
