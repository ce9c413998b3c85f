/**
 * Migration test harness: open the database as it was at version N, seed rows, close it,
 * and reopen it with the schema at a later version (the latest by default), so a test can
 * check that upgrades keep and transform what was stored.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SignpostDatabase } from '../../../../renderer/db/database';
import { LATEST_VERSION } from '../../../../renderer/db/versions';

export async function migrate(options: {
  from: number;
  to?: number;
  seed: (database: SignpostDatabase) => Promise<void>;
}): Promise<SignpostDatabase> {
  const indexedDB = new IDBFactory();
  const before = new SignpostDatabase('signpost-migration', { indexedDB, IDBKeyRange }, options.from);
  await before.open();
  await options.seed(before);
  before.close();
  const after = new SignpostDatabase('signpost-migration', { indexedDB, IDBKeyRange }, options.to ?? LATEST_VERSION);
  await after.open();
  return after;
}
