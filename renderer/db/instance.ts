/**
 * The app's single database, opened on first use. Tests substitute their own (with a
 * fake IndexedDB) through `replaceDatabase`, and repositories always ask `db()`.
 */
import { SignpostDatabase } from './database';

let current: SignpostDatabase | undefined;

export function db(): SignpostDatabase {
  current ??= new SignpostDatabase();
  return current;
}

/** For tests: use this database from now on (closing the previous one). */
export function replaceDatabase(next: SignpostDatabase): void {
  if (current && current !== next) current.close();
  current = next;
}
