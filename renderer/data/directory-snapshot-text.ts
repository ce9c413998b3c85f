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
 * 0.6 s in one block; lines are parsed a thousand at a time with the page free between.
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

/** How many client lines are parsed in one step. */
const STEP = 1000;

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

/**
 * Reads the snapshot's text, `pause` between steps of client lines; undefined when it is
 * damaged (not JSON where JSON is due).
 */
export async function parseSnapshotText(text: string, pause: () => Promise<void> = async () => undefined): Promise<SnapshotText | undefined> {
  try {
    return text.startsWith(`{"format":${SNAPSHOT_FORMAT},`) ? await parseLines(text, pause) : parseOlder(text);
  } catch {
    return undefined;
  }
}

async function parseLines(text: string, pause: () => Promise<void>): Promise<SnapshotText> {
  const headerEnd = text.indexOf('\n');
  const header = JSON.parse(headerEnd < 0 ? text : text.slice(0, headerEnd)) as { revision?: unknown; others?: unknown };
  const fingerprintsEnd = headerEnd < 0 ? -1 : text.indexOf('\n', headerEnd + 1);
  const fingerprintsText = headerEnd < 0 ? '[]' : text.slice(headerEnd + 1, fingerprintsEnd < 0 ? text.length : fingerprintsEnd);
  const lines = fingerprintsEnd < 0 ? [] : text.slice(fingerprintsEnd + 1).split('\n');
  let fingerprints: unknown[] | undefined;
  // Parsed when first asked for; a damaged line of them makes every entry's fingerprint match no row.
  const fingerprintAt = (at: number): string => {
    if (!fingerprints) {
      try {
        const parsed: unknown = JSON.parse(fingerprintsText);
        fingerprints = Array.isArray(parsed) && parsed.length === lines.length ? parsed : [];
      } catch {
        fingerprints = [];
      }
    }
    const fingerprint = fingerprints[at];
    return typeof fingerprint === 'string' ? fingerprint : '';
  };
  const entries = new Map<string, SnapshotEntry>();
  let wellFormed = true;
  for (let start = 0; start < lines.length; start += STEP) {
    const clients = JSON.parse(`[${lines.slice(start, start + STEP).join(',')}]`) as unknown[];
    clients.forEach((client, i) => {
      if (!isClientLike(client)) {
        wellFormed = false;
        return;
      }
      const at = start + i;
      entries.set(client.id, {
        client,
        get fingerprint() {
          return fingerprintAt(at);
        },
      });
    });
    await pause();
  }
  const others = ids(header.others);
  const complete = wellFormed && entries.size === lines.length && Array.isArray(header.others) && others.length === header.others.length;
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
