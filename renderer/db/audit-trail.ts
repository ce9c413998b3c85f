/**
 * Every write is audited, whichever command made it: a Dexie middleware adds the audit
 * log to every read-write transaction and, inside that same transaction, keeps one
 * 'write' entry saying which tables changed and how many records (never a value), who
 * was signed in, and the client's id when the write concerned exactly one client. So an
 * entry exists if and only if the write committed, and a new command cannot forget it.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Dexie, Middleware } from 'dexie';
import { AuditEntry } from '../../shared/schemas';
import { now } from '../platform/clock';
import { auditActor } from './audit-actor';

const AUDIT_TABLE = 'auditLog';
const KEYS_TABLE = 'dataKeys';
/** Tables whose records name a client in clientId. */
const CLIENT_TABLES = new Set(['appointments', 'adviceEntries', 'referrals']);

interface TransactionTrail {
  entry: AuditEntry;
  clients: Set<string>;
}

function operationCount(request: DBCoreMutateRequest): number {
  switch (request.type) {
    case 'add':
    case 'put':
      return request.values.length;
    case 'delete':
      return request.keys.length;
    case 'deleteRange':
      return 1;
  }
}

/** The clients a write touches, by id: the client records themselves or records naming one. */
function clientsOf(table: string, request: DBCoreMutateRequest): string[] {
  if (table === 'clients') {
    if (request.type === 'delete') return request.keys.map(String);
    if (request.type === 'add' || request.type === 'put') return request.values.map((value: { id?: unknown }) => String(value.id));
    return [];
  }
  if (CLIENT_TABLES.has(table) && (request.type === 'add' || request.type === 'put')) {
    return request.values.map((value: { clientId?: unknown }) => value.clientId).filter((id): id is string => typeof id === 'string');
  }
  return [];
}

function noteWrite(trails: WeakMap<DBCoreTransaction, TransactionTrail>, table: string, request: DBCoreMutateRequest): AuditEntry {
  let trail = trails.get(request.trans);
  if (!trail) {
    trail = { entry: { id: crypto.randomUUID(), at: now().toISOString(), action: 'write', ...auditActor(), detail: {} }, clients: new Set() };
    trails.set(request.trans, trail);
  }
  const key = `${table}:${request.type === 'deleteRange' ? 'delete' : request.type === 'add' ? 'put' : request.type}`;
  const before = trail.entry.detail[key];
  trail.entry.detail[key] = (typeof before === 'number' ? before : 0) + operationCount(request);
  for (const id of clientsOf(table, request)) trail.clients.add(id);
  const [only] = trail.clients;
  if (trail.clients.size === 1 && only) trail.entry.subjectId = only;
  else delete trail.entry.subjectId;
  if (trail.clients.size > 1) trail.entry.detail.clients = trail.clients.size;
  return AuditEntry.parse(trail.entry);
}

/**
 * A transaction that writes data keys alone logs nothing (keys are not records), so it
 * does not take the audit log either, and need not wait behind every other write: a
 * person's key made while a write holding the log waited for it once meant each waiting
 * for the other for ever (now such a write stops first: db/data-key-needed.ts).
 */
const onlyDataKeys = (stores: readonly string[]): boolean => stores.length > 0 && stores.every((store) => store === KEYS_TABLE);

export function auditTrailMiddleware(): Middleware<DBCore> {
  const trails = new WeakMap<DBCoreTransaction, TransactionTrail>();
  return {
    stack: 'dbcore',
    name: 'audit-trail',
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          const scope = mode === 'readwrite' && !stores.includes(AUDIT_TABLE) && !onlyDataKeys(stores) ? [...stores, AUDIT_TABLE] : stores;
          return down.transaction(scope, mode, options);
        },
        table(name) {
          const table = down.table(name);
          // Data keys are not records: a key is made in its own transaction just before a
          // person's first record (whose write is the entry) and deleted with them.
          if (name === AUDIT_TABLE || name === KEYS_TABLE) return table;
          return {
            ...table,
            async mutate(request) {
              const result = await table.mutate(request);
              const entry = noteWrite(trails, name, request);
              await down.table(AUDIT_TABLE).mutate({ type: 'put', trans: request.trans, values: [entry] });
              return result;
            },
          };
        },
      };
    },
  };
}

/** Installs the trail on a database before it opens (the app's own; tests opt in). */
export function withAuditTrail<D extends Dexie>(database: D): D {
  database.use(auditTrailMiddleware());
  return database;
}
