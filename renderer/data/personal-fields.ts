/**
 * THE one place personal fields pass through on their way into and out of storage.
 *
 * Today the codec is the identity: IndexedDB sits in the user's own profile on the forum's
 * laptop. Encrypting names, contact details and free text at rest later means giving this
 * file a real codec (a key unlocked at start) — no repository, screen or index changes,
 * because no personal field is indexed and every read and write calls these functions.
 */
import type { TableName } from '../db/database';

export const PERSONAL_FIELDS: Readonly<Record<TableName, readonly string[]>> = {
  clients: ['name', 'nameLatin', 'phone', 'email'],
  clinics: [],
  sessions: [],
  appointments: ['purpose'],
  adviceEntries: ['actions', 'notes'],
  services: [],
  referrals: ['details', 'outcome', 'consentOverrideReason'],
  volunteers: ['name', 'phone', 'email'],
  shifts: [],
  settings: [],
  auditLog: [],
  users: [],
  dataKeys: [],
  vault: [],
  firstContacts: [],
};

export interface PersonalFieldCodec {
  seal(value: string): string;
  open(value: string): string;
}

const identity: PersonalFieldCodec = { seal: (value) => value, open: (value) => value };
let codec: PersonalFieldCodec = identity;

/** Swaps the codec (tests use a marking codec to prove every path goes through here). */
export function setPersonalFieldCodec(next: PersonalFieldCodec | undefined): void {
  codec = next ?? identity;
}

function transform<T extends object>(table: TableName, record: T, apply: (value: string) => string): T {
  const fields = PERSONAL_FIELDS[table];
  if (fields.length === 0) return record;
  const copy = { ...record } as Record<string, unknown>;
  for (const field of fields) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = apply(value);
  }
  return copy as T;
}

export function sealForStorage<T extends object>(table: TableName, record: T): T {
  return transform(table, record, (value) => codec.seal(value));
}

export function openFromStorage<T extends object>(table: TableName, stored: T): T {
  return transform(table, stored, (value) => codec.open(value));
}
