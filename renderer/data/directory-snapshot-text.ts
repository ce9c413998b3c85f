/**
 * The directory snapshot's text (before it is gzipped and sealed), written so that a
 * sign-in can read it a little at a time:
 *
 *   {"format":4,"search":1,"revision":"…","others":["…"]}   the header
 *   ["fingerprint of client 1", …]                  one line: every entry's fingerprint, in order
 *   [{client 1},["name","latin","phone","words"]]   then one client a line, in reference order:
 *   [{client 2},[…]] …                              the record and its SearchText
 *
 * Why lines: one JSON.parse of the whole (15 MB on a large forum) held the page for about
 * 0.6 s in one block; lines are decoded and parsed 500 at a time with the page free between.
 * Why the fingerprints apart: they are JSON text inside JSON (every quote escaped), about
 * half of the parsing, and a sign-in whose snapshot is current never looks at them; they are
 * parsed only when one is first asked for (a sign-in after a client was written, or the
 * next sealing). Why reference order: it is the directory's own order, so sorting the list
 * after reading finds it sorted. Why each client's SearchText (shared/frontdesk/client-search.ts:
 * its names folded, its phone's digits, its words): folding 20,000 people's names was most of
 * building the search index at sign-in; the header names the rules it was worked out under
 * (`search`), and under other rules it is not used. JSON.stringify never writes a line break
 * inside a value. Format 3 (a client a line, no SearchText) is still read, and sealed again
 * in this format; snapshots sealed before it (one JSON value) are read in one go.
 */
import { isSearchText, SEARCH_TEXT_VERSION, type SearchText } from '../../shared/frontdesk/client-search';
import type { Client } from '../../shared/schemas';

export const SNAPSHOT_FORMAT = 4;
/** The format before, whose lines are a client record alone. */
const RECORD_LINES_FORMAT = 3;

/** A client as the directory shows it, the fingerprint of the stored row it was opened from, and its SearchText when known. */
export interface SnapshotEntry {
  readonly fingerprint: string;
  client: Client;
  search?: SearchText;
}

/** What the text holds, before it is compared with the clients' revision now. */
export interface SnapshotText {
  revision: unknown;
  others: string[];
  entries: Map<string, SnapshotEntry>;
  /** Every entry and other id was well formed, in a format of lines (an older one is read, and never taken as current). */
  complete: boolean;
  /** Every entry carries its SearchText, worked out under today's rules: when not, the snapshot is sealed again. */
  searchText: boolean;
}

/** How many client lines are decoded and parsed in one step (about 10 ms on a quiet 2-core machine). */
const STEP = 500;

/** An entry ready to be written: its client and SearchText already turned into its line (entryLine), so a sealing transaction stays short. */
export interface EntryLine {
  fingerprint: string;
  ref: string;
  line: string;
}

/** The snapshot's text of these entries (put in reference order) and the other rows' ids, at this revision. */
export function snapshotText(revision: string, others: readonly string[], kept: readonly EntryLine[]): string {
  const ordered = [...kept].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  const header = JSON.stringify({ format: SNAPSHOT_FORMAT, search: SEARCH_TEXT_VERSION, revision, others });
  return [header, JSON.stringify(ordered.map((entry) => entry.fingerprint)), ...ordered.map((entry) => entry.line)].join('\n');
}

/** The line of a client and its SearchText. */
export function entryLine(client: Client, search: SearchText): string {
  return JSON.stringify([client, search]);
}

const isClientLike = (value: unknown): value is Client => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);

const decoder = new TextDecoder();
const LINE_BREAK = 0x0a;
const formatStart = (format: number): Uint8Array => new TextEncoder().encode(`{"format":${format},`);
const FORMAT_START = formatStart(SNAPSHOT_FORMAT);
const RECORD_LINES_START = formatStart(RECORD_LINES_FORMAT);

const startsWith = (bytes: Uint8Array, start: Uint8Array): boolean => bytes.length >= start.length && start.every((byte, i) => bytes[i] === byte);

/**
 * Reads the snapshot's text from its bytes, `pause` between steps of client lines;
 * undefined when it is damaged (not JSON where JSON is due). Each step decodes only its
 * own lines: decoding the whole (15 MB, held as a two-byte string as soon as one name is
 * in Arabic script) took a few hundred milliseconds in one block.
 */
export async function parseSnapshot(plain: Uint8Array, pause: () => Promise<void> = async () => undefined): Promise<SnapshotText | undefined> {
  try {
    if (startsWith(plain, FORMAT_START)) return await parseLines(plain, pause, true);
    if (startsWith(plain, RECORD_LINES_START)) return await parseLines(plain, pause, false);
    return parseOlder(decoder.decode(plain));
  } catch {
    return undefined;
  }
}

/** Where the line holding byte `from` ends (its break, or the end). */
const lineEnd = (bytes: Uint8Array, from: number): number => {
  const at = bytes.indexOf(LINE_BREAK, from);
  return at < 0 ? bytes.length : at;
};

/** `withSearchText`: each line is [client, SearchText] (this format), not the record alone (format 3). */
async function parseLines(plain: Uint8Array, pause: () => Promise<void>, withSearchText: boolean): Promise<SnapshotText> {
  const headerEnd = lineEnd(plain, 0);
  const header = JSON.parse(decoder.decode(plain.subarray(0, headerEnd))) as { revision?: unknown; others?: unknown; search?: unknown };
  // Worked out under other rules (a later or earlier version's folding): folded again at sign-in.
  const searchRulesHold = withSearchText && header.search === SEARCH_TEXT_VERSION;
  let everySearchText = searchRulesHold;
  const fingerprintsEnd = headerEnd < plain.length ? lineEnd(plain, headerEnd + 1) : plain.length;
  // A copy, so the whole text is not kept in memory for as long as an entry is.
  const fingerprintBytes = headerEnd < plain.length ? plain.slice(headerEnd + 1, fingerprintsEnd) : new TextEncoder().encode('[]');
  let lineCount = 0;
  let fingerprints: unknown[] | undefined;
  // Parsed when first asked for; a damaged line of them makes every entry's fingerprint match no row.
  const fingerprintAt = (at: number): string => {
    if (!fingerprints) {
      try {
        const parsed: unknown = JSON.parse(decoder.decode(fingerprintBytes));
        fingerprints = Array.isArray(parsed) && parsed.length === lineCount ? parsed : [];
      } catch {
        fingerprints = [];
      }
    }
    const fingerprint = fingerprints[at];
    return typeof fingerprint === 'string' ? fingerprint : '';
  };
  const entries = new Map<string, SnapshotEntry>();
  let wellFormed = true;
  for (let from = fingerprintsEnd + 1; from < plain.length; ) {
    // [from, end) holds up to STEP lines: end is the last one's break, or the end of the text.
    let end = lineEnd(plain, from);
    for (let n = 1; n < STEP && end < plain.length; n += 1) end = lineEnd(plain, end + 1);
    const lines = decoder.decode(plain.subarray(from, end));
    const parsedLines = JSON.parse(`[${lines.replaceAll('\n', ',')}]`) as unknown[];
    const first = lineCount;
    lineCount += parsedLines.length;
    parsedLines.forEach((parsedLine, i) => {
      const [client, search] = withSearchText ? (Array.isArray(parsedLine) ? parsedLine : []) : [parsedLine];
      if (!isClientLike(client)) {
        wellFormed = false;
        return;
      }
      const usable = searchRulesHold && isSearchText(search);
      if (!usable) everySearchText = false;
      const entry: SnapshotEntry = {
        client,
        get fingerprint() {
          return fingerprintAt(first + i);
        },
      };
      if (usable) entry.search = search;
      entries.set(client.id, entry);
    });
    from = end + 1;
    await pause();
  }
  const others = ids(header.others);
  const complete = wellFormed && entries.size === lineCount && Array.isArray(header.others) && others.length === header.others.length;
  return { revision: header.revision, others, entries, complete, searchText: everySearchText };
}

/** The formats before lines: {"revision","others","entries":[[id, fingerprint, client]…]}, or (older still) the list alone. */
function parseOlder(text: string): SnapshotText | undefined {
  const parsed: unknown = JSON.parse(text);
  const isList = Array.isArray(parsed);
  const { revision, others, entries } = (isList ? { entries: parsed } : (parsed ?? {})) as { revision?: unknown; others?: unknown; entries?: unknown };
  if (!Array.isArray(entries)) return undefined;
  const byId = new Map<string, SnapshotEntry>();
  for (const entry of entries as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string' || typeof entry[2] !== 'object' || entry[2] === null) continue;
    byId.set(entry[0], { fingerprint: entry[1], client: entry[2] as Client });
  }
  // Never current: its entries still stand in for unchanged rows, and the sign-in that reads
  // them seals the snapshot again, in lines.
  return { revision: isList ? undefined : revision, others: ids(others), entries: byId, complete: false, searchText: false };
}
