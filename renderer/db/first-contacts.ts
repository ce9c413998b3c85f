/**
 * Each client's first contact date, kept right by the database itself: a Dexie middleware
 * adds the `firstContacts` table to every read-write transaction that writes appointments
 * or advice entries and updates it inside that same transaction, whichever command made
 * the write (a booking, a status change, an advice entry, a merge, an erasure, an import,
 * a restore). So the report reads one date per client instead of every contact since the
 * forum began, and the date can never disagree with the records that committed.
 *
 * It reads only what stays readable when personal fields are sealed (client id, date,
 * appointment status). A new contact only ever moves a date earlier; when a contact goes
 * away or changes (cancelled, moved to another client, deleted), that client's date is
 * worked out again from their own records through the [clientId+date] indexes.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreRangeType, DBCoreTable, DBCoreTransaction, Dexie, Middleware } from 'dexie';
import { contactOf, type ContactFacts } from '../../shared/report/first-contact';

export const FIRST_CONTACTS_TABLE = 'firstContacts';

/** The tables whose records are contacts, and what kind each holds. */
const CONTACT_TABLES: Readonly<Record<string, 'appointment' | 'advice'>> = {
  appointments: 'appointment',
  adviceEntries: 'advice',
};

const EQUAL = 1 as DBCoreRangeType;
const RANGE = 2 as DBCoreRangeType;

type Stored = ContactFacts & { id?: unknown };

/** The records a write replaces or removes, read before it runs (none for a plain add). */
async function recordsBefore(table: DBCoreTable, request: DBCoreMutateRequest): Promise<Stored[]> {
  switch (request.type) {
    case 'add':
      return [];
    case 'put': {
      const keys = request.keys ?? request.values.map((value: Stored) => value.id);
      return (await table.getMany({ trans: request.trans, keys })).filter(Boolean);
    }
    case 'delete':
      return (await table.getMany({ trans: request.trans, keys: request.keys })).filter(Boolean);
    case 'deleteRange': {
      const found = await table.query({ trans: request.trans, values: true, query: { index: table.schema.primaryKey, range: request.range } });
      return found.result as Stored[];
    }
  }
}

async function contactsOfClient(core: DBCore, trans: DBCoreTransaction, clientId: string): Promise<string | undefined> {
  let first: string | undefined;
  for (const [tableName, kind] of Object.entries(CONTACT_TABLES)) {
    const table = core.table(tableName);
    // A client's records by [clientId+date] (version 4 on); by clientId before it.
    const compound = table.schema.getIndexByKeyPath(['clientId', 'date']);
    const single = table.schema.getIndexByKeyPath('clientId');
    const query = compound
      ? { index: compound, range: { type: RANGE, lower: [clientId], upper: [clientId, []], lowerOpen: false, upperOpen: false } }
      : single
        ? { index: single, range: { type: EQUAL, lower: clientId, upper: clientId } }
        : undefined;
    if (!query) continue;
    const found = await table.query({ trans, values: true, query });
    for (const record of found.result as Stored[]) {
      const contact = contactOf(kind, record);
      if (contact && (first === undefined || contact.date < first)) first = contact.date;
    }
  }
  return first;
}

/** Brings the first contact dates of the clients a write touched up to date, in its transaction. */
async function update(core: DBCore, trans: DBCoreTransaction, kind: 'appointment' | 'advice', before: Stored[], after: Stored[]): Promise<void> {
  const earliest = new Map<string, string>();
  for (const record of after) {
    const contact = contactOf(kind, record);
    if (!contact) continue;
    const known = earliest.get(contact.clientId);
    if (known === undefined || contact.date < known) earliest.set(contact.clientId, contact.date);
  }
  // A contact that was there before and is not there now, unchanged, may have been the first.
  const afterById = new Map(after.map((record) => [record.id, record]));
  const recount = new Set<string>();
  for (const old of before) {
    const was = contactOf(kind, old);
    if (!was) continue;
    const now = contactOf(kind, afterById.get(old.id) ?? {});
    if (!now || now.clientId !== was.clientId || now.date !== was.date) recount.add(was.clientId);
  }
  const target = core.table(FIRST_CONTACTS_TABLE);
  const puts: { clientId: string; date: string }[] = [];
  const deletes: string[] = [];
  for (const clientId of recount) {
    const first = await contactsOfClient(core, trans, clientId);
    if (first === undefined) deletes.push(clientId);
    else puts.push({ clientId, date: first });
    earliest.delete(clientId);
  }
  const candidates = [...earliest.keys()];
  if (candidates.length > 0) {
    const stored = (await target.getMany({ trans, keys: candidates })) as ({ date?: unknown } | undefined)[];
    candidates.forEach((clientId, i) => {
      const date = earliest.get(clientId)!;
      const known = stored[i]?.date;
      if (typeof known !== 'string' || date < known) puts.push({ clientId, date });
    });
  }
  if (puts.length > 0) await target.mutate({ type: 'put', trans, values: puts });
  if (deletes.length > 0) await target.mutate({ type: 'delete', trans, keys: deletes });
}

export function firstContactsMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'first-contacts',
    // Right above IndexedDB, below Dexie's own middlewares: its reads and writes then need
    // nothing from Dexie's zone (which an await of its own may lose), only the transaction.
    level: -1,
    create(down) {
      // A database opened at a version from before the table (a restore's staging database
      // at an old backup's version) has nothing to keep: the upgrade fills the table.
      if (!down.schema.tables.some((table) => table.name === FIRST_CONTACTS_TABLE)) return down;
      return {
        ...down,
        transaction(stores, mode, options) {
          // A changed contact may need the client's other records read again: both tables.
          const writesContacts = mode === 'readwrite' && stores.some((name) => name in CONTACT_TABLES);
          const scope = writesContacts ? [...new Set([...stores, ...Object.keys(CONTACT_TABLES), FIRST_CONTACTS_TABLE])] : stores;
          return down.transaction(scope, mode, options);
        },
        table(name) {
          const table = down.table(name);
          const kind = CONTACT_TABLES[name];
          if (!kind) return table;
          return {
            ...table,
            async mutate(request) {
              const before = await recordsBefore(table, request);
              const result = await table.mutate(request);
              // Records refused by the write (a duplicate key in a bulk add) are not contacts.
              const written = request.type === 'add' || request.type === 'put' ? (request.values as Stored[]) : [];
              const after = result.numFailures > 0 ? written.filter((_, i) => !result.failures[i]) : written;
              await update(down, request.trans, kind, before, after);
              return result;
            },
          };
        },
      };
    },
  };
}

/** Installs the middleware on a database before it opens (every SignpostDatabase has it). */
export function withFirstContacts<D extends Dexie>(database: D): D {
  database.use(firstContactsMiddleware());
  return database;
}
