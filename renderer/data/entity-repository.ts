/**
 * Create, update, read, list, remove and count for one entity, every write in one
 * transaction and parsed before it is written. Entity files configure it and add their own
 * queries; this keeps the rules in one place rather than eleven.
 */
import type { Table } from 'dexie';
import type { z } from 'zod';
import type { TableName } from '../db/database';
import { db } from '../db/instance';
import { openFromStorage, prepareKeyFor } from './personal-fields';
import { newId, nowIso, openRecord, openRecords, parseForWrite, parseInput, putRecord } from './record-store';
import { CommandRefusedError } from './validation-error';
import { messageCode } from '../../shared/messages/message-code';
import type { Permission } from '../../shared/security/roles';
import { requireAnyPermission, requirePermission } from '../security/permissions';

interface Stamped {
  id: string;
  createdAt: string;
  updatedAt: string;
  demo?: true;
}

export interface EntityConfig<Input extends z.ZodType<object>, Stored extends z.ZodType<Stamped>> {
  name: TableName;
  /**
   * Who may read and write it (shared/security/roles.ts). `read` is one permission, or
   * several of which a role needs any one (get, list and count all ask it).
   */
  access: { read: Permission | readonly [Permission, ...Permission[]]; write: Permission };
  table: () => Table<z.output<Stored>, string>;
  input: Input;
  stored: Stored;
  /** Fields a new record gets beyond its input (status, copied keys); runs inside the transaction. */
  onCreate?: (input: z.output<Input>) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Other tables onCreate reads, so they join the write's transaction. */
  readsAlso?: () => Table[];
  /** Sort for list(); default: by updatedAt, newest first. */
  compare?: (a: z.output<Stored>, b: z.output<Stored>) => number;
}

export interface EntityRepository<Input extends z.ZodType<object>, Stored extends z.ZodType<Stamped>> {
  create(input: z.input<Input>): Promise<z.output<Stored>>;
  update(id: string, input: z.input<Input>): Promise<z.output<Stored>>;
  /** Changes fields that are not part of the form (status, flags); parsed like any write. */
  patch(id: string, changes: Partial<z.output<Stored>>): Promise<z.output<Stored>>;
  get(id: string): Promise<z.output<Stored> | undefined>;
  list(): Promise<z.output<Stored>[]>;
  /** The records with these ids that exist, read by key (a screen that needs a few never reads them all). */
  withIds(ids: readonly string[]): Promise<z.output<Stored>[]>;
  remove(id: string): Promise<void>;
  count(): Promise<number>;
}

const newestFirst = (a: Stamped, b: Stamped): number => b.updatedAt.localeCompare(a.updatedAt);

export function entityRepository<Input extends z.ZodType<object>, Stored extends z.ZodType<Stamped>>(
  config: EntityConfig<Input, Stored>,
): EntityRepository<Input, Stored> {
  const { name, input, stored, access } = config;
  const mayRead = () => (typeof access.read === 'string' ? requirePermission(access.read) : requireAnyPermission(access.read));
  const compare = config.compare ?? (newestFirst as (a: z.output<Stored>, b: z.output<Stored>) => number);

  async function writeChanged(id: string, change: (existing: z.output<Stored>) => object): Promise<z.output<Stored>> {
    requirePermission(access.write);
    const table = config.table();
    return db().transaction('rw', table, async () => {
      const raw = await table.get(id);
      const existing = await openRecord(name, stored, raw);
      if (!existing || !raw) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: name }));
      // The change goes onto the record as stored, not onto the copy read for display, so
      // fields this version does not know (from a newer one) survive, and a damaged field
      // the change does not replace is refused by the parse rather than dropped.
      const record = parseForWrite(name, stored, { ...(await openFromStorage(name, raw)), ...change(existing), updatedAt: nowIso() });
      await putRecord(table, name, record);
      return record;
    });
  }

  return {
    async create(raw) {
      requirePermission(access.write);
      const fields = parseInput(name, input, raw);
      const table = config.table();
      const id = newId();
      await prepareKeyFor(name, { ...fields, id });
      return db().transaction('rw', [table, ...(config.readsAlso?.() ?? [])], async () => {
        const at = nowIso();
        const extra = config.onCreate ? await config.onCreate(fields) : {};
        const record = parseForWrite(name, stored, { ...fields, ...extra, id, createdAt: at, updatedAt: at });
        await putRecord(table, name, record);
        return record;
      });
    },
    async update(id, raw) {
      const fields = parseInput(name, input, raw);
      return writeChanged(id, () => fields as object);
    },
    patch(id, changes) {
      return writeChanged(id, () => changes as object);
    },
    async get(id) {
      mayRead();
      return await openRecord(name, stored, await config.table().get(id));
    },
    async list() {
      mayRead();
      return (await openRecords(name, stored, await config.table().toArray())).sort(compare);
    },
    async withIds(ids) {
      mayRead();
      const found = await config.table().bulkGet([...ids]);
      return openRecords(name, stored, found.filter((record) => record !== undefined));
    },
    async remove(id) {
      requirePermission(access.write);
      const table = config.table();
      await db().transaction('rw', table, () => table.delete(id));
    },
    async count() {
      mayRead();
      return config.table().count();
    },
  };
}
