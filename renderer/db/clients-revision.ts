/**
 * The clients table's revision: a random value that every transaction writing a client
 * replaces, in that same transaction. A Dexie middleware does it, as first-contacts.ts
 * keeps first contact dates: it adds the `directorySnapshots` table to every read-write
 * transaction over `clients` and writes the new revision there before each write to
 * `clients` (a registration, an edit, a restriction, a merge, an erasure, an import, a
 * demo load or removal, a migration), so no command can write a client and leave the
 * revision as it was. A restore writes a new database, whose revision starts afresh.
 *
 * What it is for (data/directory-snapshot.ts): the directory's snapshot names the revision
 * it was sealed at, read in the transaction that sealed it, so a sign-in that finds the
 * same revision stored knows no client has been written since, without reading and
 * comparing 20,000 rows. The value is random (never a counter), so a revision from
 * another copy of the database or a rolled-back write can never be taken for this one.
 */
import type { DBCore, Middleware } from 'dexie';

export const CLIENTS_TABLE = 'clients';
/** Where the revision is kept: beside the snapshot it is compared with, out of backups like it. */
export const REVISION_TABLE = 'directorySnapshots';
export const REVISION_KEY = 'clientsRevision';

function newRevision(): string {
  return crypto.randomUUID();
}

/** Rolls the transaction back (at this level it is IndexedDB's own). */
function abort(transaction: unknown): void {
  try {
    (transaction as Partial<IDBTransaction>).abort?.();
  } catch {
    // Already finished: then the write it carried failed too.
  }
}

export const clientsRevisionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'clients-revision',
  // Right above IndexedDB, as first-contacts.ts: its write needs only the transaction.
  level: -1,
  create(down) {
    // A database opened at a version from before the table (a restore's staging database at
    // an old backup's version) has no snapshot to keep true.
    if (!down.schema.tables.some((table) => table.name === REVISION_TABLE)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const writesClients = mode === 'readwrite' && stores.includes(CLIENTS_TABLE) && !stores.includes(REVISION_TABLE);
        return down.transaction(writesClients ? [...stores, REVISION_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== CLIENTS_TABLE) return table;
        const revisions = down.table(REVISION_TABLE);
        return {
          ...table,
          mutate(request) {
            // Asked before the write, in its transaction, so even a write that fails part-way
            // (and is caught) has changed it. Not awaited: an extra wait here would lose Dexie's
            // zone for the middlewares above (the audit trail's own write). A revision that
            // cannot be written takes the whole transaction down with it.
            revisions.mutate({ type: 'put', trans: request.trans, values: [{ key: REVISION_KEY, revision: newRevision() }] }).catch(() => abort(request.trans));
            return table.mutate(request);
          },
        };
      },
    };
  },
};
