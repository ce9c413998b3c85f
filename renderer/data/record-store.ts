/**
 * The shared machinery of every repository: stamp and parse a record before it is written
 * (a bad record throws ValidationError and writes nothing), seal its personal fields, and
 * on the way out open them and read leniently. Entity repositories add their own queries
 * and commands on top.
 */
import type { Table } from 'dexie';
import type { z } from 'zod';
import type { TableName } from '../db/database';
import { now } from '../platform/clock';
import { openAll, openFromStorage, sealAll, sealForStorage } from './personal-fields';
import { problemsOf, readAllLeniently, readLeniently } from './read-leniently';
import { CommandRefusedError, ValidationError } from './validation-error';
import { messageCode } from '../../shared/messages/message-code';

export const DAMAGED_RECORD_MESSAGE = messageCode('common:refusal.damagedRecord');

export function newId(): string {
  return crypto.randomUUID();
}

/** The app clock's instant, for records' time stamps. */
export function nowIso(): string {
  return now().toISOString();
}

/**
 * Parses a complete record with its stored schema; throws ValidationError on failure.
 * A display copy of a damaged record (see read-leniently.ts) is refused: writing it back
 * would store it with its damaged fields stripped.
 */
export function parseForWrite<S extends z.ZodType>(table: TableName, schema: S, record: unknown): z.output<S> {
  if (typeof record === 'object' && record !== null && problemsOf(record)) {
    throw new CommandRefusedError(DAMAGED_RECORD_MESSAGE);
  }
  const parsed = schema.safeParse(record);
  if (!parsed.success) throw new ValidationError(table, parsed.error.issues);
  return parsed.data;
}

/** Parses form input with its input schema; throws ValidationError on failure. */
export function parseInput<S extends z.ZodType>(table: TableName, schema: S, input: unknown): z.output<S> {
  return parseForWrite(table, schema, input);
}

export async function putRecord<T extends object>(table: Table<T>, name: TableName, record: T): Promise<void> {
  await table.put(await sealForStorage(name, record));
}

/** Seals then writes many; for large batches seal first with sealAll and write in the transaction. */
export async function bulkPutRecords<T extends object>(table: Table<T>, name: TableName, records: readonly T[]): Promise<void> {
  await table.bulkPut(await sealAll(name, records));
}

export async function openRecord<S extends z.ZodType>(name: TableName, schema: S, stored: unknown): Promise<z.output<S> | undefined> {
  if (stored === undefined || stored === null) return undefined;
  return readLeniently(name, schema, await openFromStorage(name, stored as object));
}

export async function openRecords<S extends z.ZodType>(name: TableName, schema: S, stored: readonly unknown[]): Promise<z.output<S>[]> {
  return readAllLeniently(name, schema, await openAll(name, stored as object[]));
}
