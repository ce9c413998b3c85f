/**
 * A write inside a transaction that needs a person's data key not yet made (their record
 * got in from outside the app, and `keyEveryPerson` has not reached them yet) must not make
 * it there: the key is stored in a transaction of its own, which can wait behind the very
 * transaction waiting for it (IndexedDB starts overlapping transactions in the order they
 * were asked for), and the Save button stayed pressed for ever. Instead the write stops,
 * its transaction is rolled back whole, the key is made outside any transaction, and the
 * write runs again from the start.
 */
import { Dexie } from 'dexie';

export class DataKeyNeededError extends Error {
  constructor(readonly ownerId: string) {
    super('A data key was needed inside a transaction before it was made.');
    this.name = 'DataKeyNeededError';
  }
}

type KeyMaker = (ownerId: string) => Promise<void>;
let makeKey: KeyMaker | undefined;

/** Set once by the data keys' module (security/data-keys.ts), which db/ cannot import. */
export function makeDataKeysWith(maker: KeyMaker): void {
  makeKey = maker;
}

/** A write touches a handful of people; more rounds than this would be a bug, not data. */
const MAX_KEYS_PER_WRITE = 20;

/**
 * Makes `database.transaction` run its write again after making each missing key. A
 * transaction opened inside another is left to the outermost, which alone can be rolled
 * back and run again.
 */
export function withDataKeysMadeFirst<D extends Dexie>(database: D): D {
  const original = database.transaction.bind(database) as (...args: unknown[]) => Promise<unknown>;
  const retrying = async (...args: unknown[]): Promise<unknown> => {
    if (Dexie.currentTransaction) return original(...args);
    for (let round = 0; ; round++) {
      try {
        return await original(...args);
      } catch (error) {
        if (!(error instanceof DataKeyNeededError) || !makeKey || round >= MAX_KEYS_PER_WRITE) throw error;
        await makeKey(error.ownerId);
      }
    }
  };
  // Dexie's overloads cannot be spelled for a wrapper; the arguments go through untouched.
  (database as { transaction: unknown }).transaction = retrying;
  return database;
}
