/**
 * The app's single database, opened on first use. Tests substitute their own (with a
 * fake IndexedDB) through `replaceDatabase`, and repositories always ask `db()`.
 */
import { withAuditTrail } from './audit-trail';
import { DATABASE_NAME, SignpostDatabase } from './database';
import { LATEST_VERSION } from './versions';

let current: SignpostDatabase | undefined;
/** Which database holds the forum's data: `signpost`, or the one a restore swapped in. */
let activeName = DATABASE_NAME;

export function db(): SignpostDatabase {
  // Every write the app makes is audited in its own transaction (audit-trail.ts).
  current ??= withAuditTrail(new SignpostDatabase(activeName));
  return current;
}

/** At start-up, before any query: use the database the pointer names (active-database.ts). */
export function switchToDatabase(name: string): void {
  activeName = name;
  if (current && current.name !== name) {
    current.close();
    current = undefined;
  }
}

/** For tests: use this database from now on (closing the previous one). */
export function replaceDatabase(next: SignpostDatabase): void {
  if (current && current !== next) current.close();
  current = next;
}

/** The stored database was written by a newer Signpost: this one must not change it. */
export class NewerDatabaseError extends Error {
  constructor(readonly storedVersion: number) {
    super(`The data was written by a newer version of Signpost (database version ${storedVersion}; this one knows up to ${LATEST_VERSION}).`);
    this.name = 'NewerDatabaseError';
  }
}

/**
 * Opens the database before any screen reads it. Dexie would quietly open a database
 * whose version is higher than the one declared here (one written by a newer Signpost),
 * and even add the tables it misses to it; so the stored version is looked up first,
 * without opening, and a newer database is not opened at all: NewerDatabaseError says
 * to update, and nothing is read or written.
 */
export async function openCheckedDatabase(): Promise<void> {
  const database = db();
  const listed = await database.indexedDBFactory.databases();
  const found = listed.find((entry) => entry.name === database.name);
  // Dexie stores version n as IndexedDB version 10n.
  const stored = (found?.version ?? 0) / 10;
  if (stored > LATEST_VERSION) {
    database.close();
    throw new NewerDatabaseError(stored);
  }
  await database.open();
}
