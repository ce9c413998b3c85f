/**
 * Notes that the forum has records of its own (not demo records) as they are written, so
 * nothing has to look for them later. Before, the app looked at every start and on the
 * Clients screen by reading each table until it met a record without `demo: true`: on a
 * forum holding many demo records that read every one of them (about 450,000 on the
 * benchmark's large forum, while a person typed). A Dexie middleware sees every write,
 * whichever code makes it (a command, an import, a restore's records), and tells its
 * listeners once the transaction that wrote a record of the forum's own has committed.
 * The listener (data/backup/backup-status.ts) remembers it outside IndexedDB, for the
 * missing-data notice.
 */
import type { DBCore, Middleware } from 'dexie';
import { DATASET_TABLES } from '../../shared/demo/dataset';

const DATASET: ReadonlySet<string> = new Set(DATASET_TABLES);
const listeners = new Set<() => void>();

/** Called after each commit that wrote a record of the forum's own; returns the unsubscribe. */
export function onOwnRecordsWritten(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function tellListeners(): void {
  for (const listener of listeners) listener();
}

const isOwn = (value: unknown): boolean => (value as { demo?: unknown } | null)?.demo !== true;

export const ownRecordsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'own-records',
  // Right above IndexedDB, where the transaction is IndexedDB's own (its `complete` is the commit).
  level: -1,
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (!DATASET.has(name)) return table;
      return {
        ...table,
        mutate(request) {
          // Returned as it is: an extra wait here would lose Dexie's zone for the middlewares above.
          const written = table.mutate(request);
          if ((request.type === 'add' || request.type === 'put') && request.values.some(isOwn)) {
            let stored = false;
            void written.then((result) => void (stored = result.numFailures < request.values.length), () => undefined);
            const transaction = request.trans as unknown as Partial<IDBTransaction>;
            const committed = () => {
              if (stored) tellListeners();
            };
            if (typeof transaction.addEventListener === 'function') transaction.addEventListener('complete', committed, { once: true });
            else void written.then(committed, () => undefined);
          }
          return written;
        },
      };
    },
  }),
};
