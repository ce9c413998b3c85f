/**
 * THE one place personal fields pass through on their way into and out of storage.
 *
 * Every field that could identify or describe a person (listed below) is taken out of the
 * record and sealed, together, into one value: `sealed`, AES-GCM with a fresh IV under the
 * data key of the person the record is about (a client's key for their client record,
 * appointments, advice and referrals; a volunteer's own key), which the forum key wraps
 * (renderer/security/). What stays readable is what the app looks records up by: ids,
 * dates, clinic and session ids, statuses, the client's reference number. No index is on a
 * sealed field, and name search runs in memory over opened records.
 *
 * The codec is async (WebCrypto). Inside an IndexedDB transaction an await on anything but
 * IndexedDB lets the transaction commit, so within one these calls keep it alive with
 * Dexie.waitFor; bulk writes seal first (sealAll) and open their transaction after.
 *
 * A record with no `sealed` value is read as it is: a database from before encryption,
 * sealed at the next sign-in by migrate-to-sealed.ts. A sealed value that cannot be opened
 * (its person's key destroyed, or the bytes damaged) is read without its personal fields,
 * so it shows as a record that needs attention rather than breaking a screen.
 */
import { Dexie } from 'dexie';
import type { TableName } from '../db/database';
import { fromBase64, openBytes, sealBytes, toBase64 } from '../security/crypto';
import type { DataKeyRow } from '../../shared/security/vault-records';
import { dataKeyFor, existingDataKey, hasDataKeyAtHand, loadDataKeys, newDataKey, prepareDataKey, volunteerKeyId } from '../security/data-keys';
import { DataKeyNeededError } from '../db/data-key-needed';
import { cachedDataKey, forumKey, isEveryDataKeyLoaded } from '../security/key-ring';

export const PERSONAL_FIELDS: Readonly<Record<TableName, readonly string[]>> = {
  clients: [
    'name',
    'nameLatin',
    'phone',
    'email',
    'birthYear',
    'ageBand',
    'gender',
    'genderSelfDescribed',
    'nationality',
    'languages',
    'interpreterNeeded',
    'interpreterLanguage',
    'area',
    'arrivalYear',
    'immigrationStatus',
    'consents',
  ],
  clinics: [],
  sessions: [],
  appointments: ['purpose', 'interpreterLanguage', 'cancelReason'],
  adviceEntries: ['adviserName', 'categories', 'outcome', 'actions', 'notes'],
  services: [],
  referrals: ['reasonCategory', 'sharedFields', 'details', 'outcome', 'consentOverrideReason', 'referredBy', 'closeReason'],
  volunteers: ['name', 'phone', 'email', 'languages', 'checks', 'away'],
  shifts: [],
  settings: [],
  auditLog: [],
  users: [],
  dataKeys: [],
  vault: [],
  firstContacts: [],
  // Sealed whole under the erasure key (directory-snapshot.ts), not field by field.
  directorySnapshots: [],
  reportFacts: [],
};

/** The stored property holding a record's sealed personal fields (base64 of IV ‖ ciphertext). */
export const SEALED = 'sealed';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Whose data key seals a record: the client it is about, or the volunteer. */
export function keyOwnerOf(table: TableName, record: object): string | undefined {
  const fields = record as Record<string, unknown>;
  const text = (key: string) => (typeof fields[key] === 'string' && fields[key] !== '' ? (fields[key] as string) : undefined);
  switch (table) {
    case 'clients':
      return text('id');
    case 'appointments':
    case 'adviceEntries':
    case 'referrals':
      return text('clientId');
    case 'volunteers': {
      const id = text('id');
      return id ? volunteerKeyId(id) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Inside a transaction: runs `work` outside the transaction's zone and keeps the
 * transaction alive until it is done (Dexie.waitFor with a function). Started inside the
 * zone, WebCrypto's promises break Dexie's tracking of native await, and the caller's
 * next IndexedDB call runs after the transaction has committed. Outside one: just runs it.
 */
function keepingTransaction<T>(work: () => Promise<T>): Promise<T> {
  return Dexie.currentTransaction ? Dexie.waitFor(Dexie.ignoreTransaction(work)) : work();
}

async function keyFor(table: TableName, record: object): Promise<CryptoKey> {
  const owner = keyOwnerOf(table, record);
  return owner ? dataKeyFor(owner) : forumKey();
}

async function seal<T extends object>(table: TableName, record: T, givenKey?: CryptoKey): Promise<T> {
  const fields = PERSONAL_FIELDS[table];
  if (fields.length === 0) return record;
  const copy = { ...record } as Record<string, unknown>;
  const personal: Record<string, unknown> = {};
  for (const field of fields) {
    if (field in copy) {
      if (copy[field] !== undefined) personal[field] = copy[field];
      delete copy[field];
    }
  }
  delete copy[SEALED];
  const key = givenKey ?? (await keyFor(table, record));
  copy[SEALED] = toBase64(await sealBytes(key, encoder.encode(JSON.stringify(personal))));
  return copy as T;
}

/** The record with its personal fields back, and whether its sealed value could be opened. */
async function tryOpen<T extends object>(table: TableName, stored: T, inPlace = false): Promise<{ record: T; opened: boolean }> {
  const sealed = (stored as Record<string, unknown>)[SEALED];
  if (PERSONAL_FIELDS[table].length === 0 || typeof sealed !== 'string') return { record: stored, opened: true };
  // Copied without the sealed value by a rest pattern, not `delete`, which leaves every
  // opened record a slow dictionary object (20,000 of them for the client directory). In
  // place, the sealed value is only emptied.
  const copy = inPlace ? (stored as Record<string, unknown>) : withoutSealed(stored);
  if (inPlace) copy[SEALED] = undefined;
  try {
    // Undefined when the person's key is gone (erased) or was never here. A key already
    // unwrapped is taken as it is, without a promise: a year's report opens some 70,000
    // records, most of them of people whose key an earlier record unwrapped.
    const owner = keyOwnerOf(table, stored);
    const key = owner === undefined ? forumKey() : (cachedDataKey(owner) ?? (await existingDataKey(owner)));
    if (!key) return { record: copy as T, opened: false };
    const personal = JSON.parse(decoder.decode(await openBytes(key, fromBase64(sealed)))) as Record<string, unknown>;
    // A personal field also stored in the clear (a record edited by hand or by an older
    // version after it was sealed) is read as stored, like any other damage; sign-in seals
    // such records until it has once found none left (seal-plain-records.ts).
    for (const field of PERSONAL_FIELDS[table]) if (field in personal && !(field in copy)) copy[field] = personal[field];
    return { record: copy as T, opened: true };
  } catch (error) {
    // Locked: nothing may be read. Otherwise the record is shown without what cannot be opened.
    if (error instanceof Error && error.name === 'LockedError') throw error;
    return { record: copy as T, opened: false };
  }
}

/** A copy of a stored record without its sealed value (what stays readable). */
export function withoutSealed(stored: object): Record<string, unknown> {
  const { [SEALED]: _sealed, ...copy } = stored as Record<string, unknown>;
  return copy;
}

/** Opens one stored record, saying whether its sealed value could be opened (see tryOpen). */
export function openStored<T extends object>(table: TableName, stored: T): Promise<{ record: T; opened: boolean }> {
  return keepingTransaction(() => tryOpen(table, stored));
}

async function open<T extends object>(table: TableName, stored: T): Promise<T> {
  return (await tryOpen(table, stored)).record;
}

/**
 * Before the transaction that writes a new person's first record: their data key, made
 * and stored now, in a transaction of its own (WebCrypto cannot run inside the record's).
 * Should the record's write then fail, the key opens nothing and is harmless.
 */
export async function prepareKeyFor(table: TableName, record: object): Promise<void> {
  const owner = keyOwnerOf(table, record);
  if (owner && PERSONAL_FIELDS[table].length > 0) await prepareDataKey(owner);
}

/**
 * Unwraps the data keys a batch of records needs (a list, a report, a backup) at once:
 * from the wrapped keys held since sign-in, or, before then, from one read of the key table.
 */
async function preloadKeys(table: TableName, records: readonly object[], forSealing = false): Promise<void> {
  if (PERSONAL_FIELDS[table].length === 0) return;
  // Every key held (after sign-in): each record's key is unwrapped from memory as it is
  // opened, so a record's decryption starts as soon as its own key is ready.
  if (isEveryDataKeyLoaded() && !forSealing) return;
  const owners = new Set<string>();
  for (const record of records) {
    const owner = keyOwnerOf(table, record);
    if (owner && !cachedDataKey(owner) && (forSealing || typeof (record as Record<string, unknown>)[SEALED] === 'string')) owners.add(owner);
  }
  if (owners.size > 0) await loadDataKeys([...owners]);
}

export function sealForStorage<T extends object>(table: TableName, record: T): Promise<T> {
  // Inside a transaction a missing key is never made (db/data-key-needed.ts): the write
  // stops here, is rolled back, and runs again once the key is made.
  const owner = Dexie.currentTransaction && PERSONAL_FIELDS[table].length > 0 ? keyOwnerOf(table, record) : undefined;
  if (owner && !hasDataKeyAtHand(owner)) return Promise.reject(new DataKeyNeededError(owner));
  return keepingTransaction(() => seal(table, record));
}

export function openFromStorage<T extends object>(table: TableName, stored: T): Promise<T> {
  return keepingTransaction(() => open(table, stored));
}

/** Seals many records (outside a transaction, before a bulk write). */
export function sealAll<T extends object>(table: TableName, records: readonly T[]): Promise<T[]> {
  return keepingTransaction(
    async () => {
      await preloadKeys(table, records, true);
      return Promise.all(records.map((record) => seal(table, record)));
    },
  );
}

/**
 * Seals a batch of new records before a bulk write, making the data keys of owners who
 * have none yet in memory; the caller writes `newKeys` into `dataKeys` in the same
 * transaction as the records, so a batch is stored with its keys or not at all.
 */
export async function sealBatch<T extends object>(table: TableName, records: readonly T[]): Promise<{ records: T[]; newKeys: DataKeyRow[] }> {
  await preloadKeys(table, records, true);
  const newKeys: DataKeyRow[] = [];
  const made = new Map<string, CryptoKey>();
  for (const record of records) {
    const owner = keyOwnerOf(table, record);
    if (!owner || cachedDataKey(owner) || made.has(owner)) continue;
    const { key, row } = await newDataKey(owner);
    made.set(owner, key);
    newKeys.push(row);
  }
  const sealed = await Promise.all(
    records.map((record) => {
      const owner = keyOwnerOf(table, record);
      return seal(table, record, owner ? (cachedDataKey(owner) ?? made.get(owner)) : undefined);
    }),
  );
  return { records: sealed, newKeys };
}

/** Opens stored values of any kind (a damaged one may not be an object), keeping their order. */
export async function openEach(table: TableName, stored: readonly unknown[]): Promise<unknown[]> {
  const objects = stored.filter((value): value is object => typeof value === 'object' && value !== null);
  const opened = await openAll(table, objects);
  let next = 0;
  return stored.map((value) => (typeof value === 'object' && value !== null ? opened[next++] : value));
}

/**
 * Whether a stored record fits its schema. A record sealed under keys this forum does
 * not hold (a backup being restored from another set-up) cannot be opened here: it fits
 * when its sealed value is present, and is opened after the restore, by whoever signs in
 * with that backup's passphrase.
 */
export async function storedFits(table: TableName, schema: { safeParse(value: unknown): { success: boolean } }, stored: unknown): Promise<boolean> {
  if (typeof stored !== 'object' || stored === null) return false;
  const { record, opened } = await keepingTransaction(() => tryOpen(table, stored));
  if (opened) return schema.safeParse(record).success;
  const sealed = (stored as Record<string, unknown>)[SEALED];
  return typeof sealed === 'string' && /^[A-Za-z0-9+/]+=*$/.test(sealed) && typeof (stored as Record<string, unknown>).id === 'string';
}

/**
 * Opens many stored records. `inPlace`: the records are the caller's own, just read, and
 * nothing else holds them: each is opened where it is (its sealed value emptied, its
 * personal fields put back), not copied; the report's worker opens 70,000 so.
 */
export function openAll<T extends object>(table: TableName, stored: readonly T[], { inPlace = false } = {}): Promise<T[]> {
  return keepingTransaction(
    async () => {
      await preloadKeys(table, stored);
      return Promise.all(stored.map(async (record) => (await tryOpen(table, record, inPlace)).record));
    },
  );
}

/** True when a stored record still holds personal fields in the clear (written before encryption). */
export function holdsPlainPersonalFields(table: TableName, stored: object): boolean {
  const fields = PERSONAL_FIELDS[table];
  if (fields.length === 0) return false;
  const record = stored as Record<string, unknown>;
  return fields.some((field) => field in record && record[field] !== undefined);
}
