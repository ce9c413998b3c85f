/**
 * Writes and reads the backup file format of shared/backup/backup-format.ts: tables in,
 * bytes out, and back. Reading checks everything it can without a database: magic,
 * trailer checksum (truncation, flipped bits), header, versions, passphrase, the
 * manifest's counts and per-table SHA-256. SHA-256, PBKDF2 and AES-GCM are WebCrypto.
 */
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_MAGIC,
  BackupHeader,
  BackupManifest,
  MAX_HEADER_BYTES,
  PBKDF2_ITERATIONS,
  TRAILER_BYTES,
  type BackupEncryption,
  type BackupProblem,
  type ManifestTable,
} from '../../../shared/backup/backup-format';

/** A file the restore refused, and why, as a code: the screen words it (backups:refused.<problem>). */
export class BackupRefusedError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`Backup refused: ${problem}`);
    this.name = 'BackupRefusedError';
  }
}

export interface BackupContents {
  header: BackupHeader;
  manifest: BackupManifest;
  /** Records per table exactly as they were stored. */
  tables: Record<string, unknown[]>;
}

export interface TableToWrite {
  name: string;
  records: readonly unknown[];
  unreadable: readonly string[];
}

export interface EncodeOptions {
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  passphrase?: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const MAGIC_BYTES = encoder.encode(BACKUP_MAGIC);
const PREFIX_BYTES = MAGIC_BYTES.length + 4;

/** gzip through the platform's own CompressionStream (native code, many times fflate's speed). */
async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Throws on anything that is not a whole gzip stream. */
async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return [...(await sha256(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function uint32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, false);
  return out;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset + at, 4).getUint32(0, false);
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function passphraseKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt: salt as Uint8Array<ArrayBuffer>, iterations, hash: 'SHA-256' },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Makes the whole file. Tables are written in the order given. */
export async function encodeBackup(tables: readonly TableToWrite[], options: EncodeOptions): Promise<Uint8Array<ArrayBuffer>> {
  const tableBytes = tables.map((table) => encoder.encode(JSON.stringify(table.records)));
  const entries: ManifestTable[] = [];
  for (const [i, table] of tables.entries()) {
    const bytes = tableBytes[i]!;
    entries.push({ name: table.name, count: table.records.length, bytes: bytes.length, sha256: await sha256Hex(bytes), unreadable: [...table.unreadable] });
  }
  const manifest: BackupManifest = { tables: entries, sha256: await sha256Hex(encoder.encode(entries.map((e) => e.sha256).join(''))) };
  const manifestBytes = encoder.encode(JSON.stringify(manifest));
  let payload = await gzip(concat([uint32(manifestBytes.length), manifestBytes, ...tableBytes]));

  let encryption: BackupEncryption = { scheme: 'none' };
  if (options.passphrase) {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const key = await passphraseKey(options.passphrase, salt, PBKDF2_ITERATIONS);
    payload = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, payload as Uint8Array<ArrayBuffer>));
    encryption = { scheme: 'aes-256-gcm', kdf: 'pbkdf2-sha256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt), iv: toBase64(iv) };
  }

  const header: BackupHeader = {
    format: 'signpost-backup',
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: options.schemaVersion,
    createdAt: options.createdAt,
    appVersion: options.appVersion.slice(0, 40),
    encryption,
    payloadBytes: payload.length,
    counts: Object.fromEntries(tables.map((t) => [t.name, t.records.length])),
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const body = concat([MAGIC_BYTES, uint32(headerBytes.length), headerBytes, payload]);
  return concat([body, await sha256(body)]);
}

function startsWithMagic(bytes: Uint8Array): boolean {
  if (bytes.length < MAGIC_BYTES.length) return false;
  return MAGIC_BYTES.every((b, i) => bytes[i] === b);
}

/** The header as written, or undefined when it cannot be read (damaged or cut short). */
function tryReadHeader(bytes: Uint8Array): { header: BackupHeader; end: number } | undefined {
  if (bytes.length < PREFIX_BYTES) return undefined;
  const length = readUint32(bytes, MAGIC_BYTES.length);
  if (length === 0 || length > MAX_HEADER_BYTES || PREFIX_BYTES + length > bytes.length) return undefined;
  try {
    const parsed = BackupHeader.safeParse(JSON.parse(decoder.decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + length))));
    return parsed.success ? { header: parsed.data, end: PREFIX_BYTES + length } : undefined;
  } catch {
    return undefined;
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * Checks the envelope only: what the file says it is, before any passphrase. Throws
 * BackupRefusedError for a file that is not a backup, is cut short, or is damaged.
 */
export async function readBackupHeader(bytes: Uint8Array): Promise<BackupHeader> {
  if (!startsWithMagic(bytes)) throw new BackupRefusedError('not-a-backup');
  if (bytes.length < PREFIX_BYTES + TRAILER_BYTES) throw new BackupRefusedError('truncated');
  const read = tryReadHeader(bytes);
  const body = bytes.subarray(0, bytes.length - TRAILER_BYTES);
  const trailer = bytes.subarray(bytes.length - TRAILER_BYTES);
  if (!equalBytes(await sha256(body), trailer)) {
    // A header that says the file should be longer than it is: the copy was cut short.
    const headerLength = readUint32(bytes, MAGIC_BYTES.length);
    const short = read
      ? bytes.length < read.end + read.header.payloadBytes + TRAILER_BYTES
      : headerLength <= MAX_HEADER_BYTES && PREFIX_BYTES + headerLength + TRAILER_BYTES > bytes.length;
    throw new BackupRefusedError(short ? 'truncated' : 'damaged');
  }
  if (!read || bytes.length !== read.end + read.header.payloadBytes + TRAILER_BYTES) throw new BackupRefusedError('damaged');
  if (read.header.formatVersion > BACKUP_FORMAT_VERSION) throw new BackupRefusedError('newer-version');
  return read.header;
}

/**
 * Reads the whole file: envelope, passphrase, manifest, and every table's hash and count.
 * `latestSchemaVersion` is this app's database version: a newer backup is refused.
 */
export async function decodeBackup(bytes: Uint8Array, latestSchemaVersion: number, passphrase?: string): Promise<BackupContents> {
  const header = await readBackupHeader(bytes);
  if (header.schemaVersion > latestSchemaVersion) throw new BackupRefusedError('newer-version');
  const start = bytes.length - TRAILER_BYTES - header.payloadBytes;
  let payload = bytes.slice(start, start + header.payloadBytes);

  if (header.encryption.scheme === 'aes-256-gcm') {
    if (!passphrase) throw new BackupRefusedError('passphrase-needed');
    const { salt, iv, iterations } = header.encryption;
    const key = await passphraseKey(passphrase, fromBase64(salt), iterations);
    try {
      payload = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, key, payload));
    } catch {
      // The checksum matched, so the bytes are as written: only the key can be wrong.
      throw new BackupRefusedError('wrong-passphrase');
    }
  }

  let plain: Uint8Array;
  try {
    plain = await gunzip(payload);
  } catch {
    throw new BackupRefusedError('damaged');
  }
  return readPayload(header, plain);
}

async function readPayload(header: BackupHeader, plain: Uint8Array): Promise<BackupContents> {
  if (plain.length < 4) throw new BackupRefusedError('damaged');
  const manifestLength = readUint32(plain, 0);
  if (4 + manifestLength > plain.length) throw new BackupRefusedError('damaged');
  let manifest: BackupManifest;
  try {
    manifest = BackupManifest.parse(JSON.parse(decoder.decode(plain.subarray(4, 4 + manifestLength))));
  } catch {
    throw new BackupRefusedError('damaged');
  }
  const whole = await sha256Hex(encoder.encode(manifest.tables.map((t) => t.sha256).join('')));
  if (whole !== manifest.sha256) throw new BackupRefusedError('damaged');

  const tables: Record<string, unknown[]> = Object.create(null) as Record<string, unknown[]>;
  let at = 4 + manifestLength;
  for (const entry of manifest.tables) {
    const bytes = plain.subarray(at, at + entry.bytes);
    at += entry.bytes;
    if (bytes.length !== entry.bytes || (await sha256Hex(bytes)) !== entry.sha256) throw new BackupRefusedError('damaged');
    let records: unknown;
    try {
      records = JSON.parse(decoder.decode(bytes));
    } catch {
      throw new BackupRefusedError('damaged');
    }
    if (!Array.isArray(records) || records.length !== entry.count || header.counts[entry.name] !== entry.count) {
      throw new BackupRefusedError('damaged');
    }
    tables[entry.name] = records;
  }
  if (at !== plain.length) throw new BackupRefusedError('damaged');
  return { header, manifest, tables };
}
