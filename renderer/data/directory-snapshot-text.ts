/**
 * The directory snapshot's text (before it is gzipped and sealed), written so that a
 * sign-in can read it a little at a time:
 *
 *   {"format":3,"revision":"…","others":["…"]}     the header
 *   ["fingerprint of client 1", …]                  one line: every entry's fingerprint, in order
 *   {client 1}                                      then one client record a line, in reference order
 *   {client 2} …
 *
 * Why lines: one JSON.parse of the whole (15 MB on a large forum) held the page for about
 * 0.6 s in one block; lines are decoded and parsed 500 at a time with the page free between.
 * Why the fingerprints apart: they are JSON text inside JSON (every quote escaped), about
 * half of the parsing, and a sign-in whose snapshot is current never looks at them; they are
 * parsed only when one is first asked for (a sign-in after a client was written, or the
 * next sealing). Why reference order: it is the directory's own order, so sorting the list
 * after reading finds it sorted. JSON.stringify never writes a line break inside a value.
 * Snapshots sealed before this format (one JSON value) are still read, in one go.
 */
import type { Client } from '../../shared/schemas';

export const SNAPSHOT_FORMAT = 3;

/** A client as the directory shows it, and the fingerprint of the stored row it was opened from. */
export interface SnapshotEntry {
  readonly fingerprint: string;
  client: Client;
}

/** What the text holds, before it is compared with the clients' revision now. */
export interface SnapshotText {
  revision: unknown;
  others: string[];
  entries: Map<string, SnapshotEntry>;
  /** Every entry and other id was well formed, in this format (an older one is read, and never taken as current). */
  complete: boolean;
}

/** How many client lines are decoded and parsed in one step (about 10 ms on a quiet 2-core machine). */
const STEP = 500;

/** An entry ready to be written: its client already turned into its line (JSON.stringify), so a sealing transaction stays short. */
export interface EntryLine {
  fingerprint: string;
  ref: string;
  line: string;
}

/** The snapshot's text of these entries (put in reference order) and the other rows' ids, at this revision. */
export function snapshotText(revision: string, others: readonly string[], kept: readonly EntryLine[]): string {
  const ordered = [...kept].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  const header = JSON.stringify({ format: SNAPSHOT_FORMAT, revision, others });
  return [header, JSON.stringify(ordered.map((entry) => entry.fingerprint)), ...ordered.map((entry) => entry.line)].join('\n');
}

const isClientLike = (value: unknown): value is Client => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);

const decoder = new TextDecoder();
const LINE_BREAK = 0x0a;
const FORMAT_START = new TextEncoder().encode(`{"format":${SNAPSHOT_FORMAT},`);

const startsWith = (bytes: Uint8Array, start: Uint8Array): boolean => bytes.length >= start.length && start.every((byte, i) => bytes[i] === byte);

/**
 * Reads the snapshot's text from its bytes, `pause` between steps of client lines;
 * undefined when it is damaged (not JSON where JSON is due). Each step decodes only its
 * own lines: decoding the whole (15 MB, held as a two-byte string as soon as one name is
 * in Arabic script) took a few hundred milliseconds in one block.
 */
export async function parseSnapshot(plain: Uint8Array, pause: () => Promise<void> = async () => undefined): Promise<SnapshotText | undefined> {
  try {
    return startsWith(plain, FORMAT_START) ? await parseLines(plain, pause) : parseOlder(decoder.decode(plain));
  } catch {
    return undefined;
  }
}

/** Where the line holding byte `from` ends (its break, or the end). */
const lineEnd = (bytes: Uint8Array, from: number): number => {
  const at = bytes.indexOf(LINE_BREAK, from);
  return at < 0 ? bytes.length : at;
};

async function parseLines(plain: Uint8Array, pause: () => Promise<void>): Promise<SnapshotText> {
  const headerEnd = lineEnd(plain, 0);
  const header = JSON.parse(decoder.decode(plain.subarray(0, headerEnd))) as { revision?: unknown; others?: unknown };
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
    const clients = JSON.parse(`[${lines.replaceAll('\n', ',')}]`) as unknown[];
    const first = lineCount;
    lineCount += clients.length;
    clients.forEach((client, i) => {
      if (!isClientLike(client)) {
        wellFormed = false;
        return;
      }
      entries.set(client.id, {
        client,
        get fingerprint() {
          return fingerprintAt(first + i);
        },
      });
    });
    from = end + 1;
    await pause();
  }
  const others = ids(header.others);
  const complete = wellFormed && entries.size === lineCount && Array.isArray(header.others) && others.length === header.others.length;
  return { revision: header.revision, others, entries, complete };
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
  return { revision: isList ? undefined : revision, others: ids(others), entries: byId, complete: false };
}
