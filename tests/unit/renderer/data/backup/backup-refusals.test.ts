// @vitest-environment node
/**
 * Each reason a restore is refused, with its code (the screen words it), and proof that the data in
 * use is untouched and no staging database is left behind.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { clients } from '../../../../../renderer/data';
import { BackupRefusedError, decodeBackup, encodeBackup } from '../../../../../renderer/data/backup/backup-codec';
import { makeBackup } from '../../../../../renderer/data/backup/make-backup';
import { cancelRestore, commitRestore, prepareRestore } from '../../../../../renderer/data/backup/restore-backup';
import { openActiveDatabase } from '../../../../../renderer/db/active-database';
import type { SignpostDatabase } from '../../../../../renderer/db/database';
import { LATEST_VERSION } from '../../../../../renderer/db/versions';
import { replaceDatabase } from '../../../../../renderer/db/instance';
import { freshDatabase, validClient } from '../fresh-database';

let database: SignpostDatabase;
beforeEach(async () => {
  database = freshDatabase();
  await clients.create(validClient('Amina Yusuf'));
});

const databaseNames = async () => (await database.dependencies!.indexedDB.databases()).map((d) => d.name).sort();

async function refusal(attempt: Promise<unknown>): Promise<BackupRefusedError> {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupRefusedError);
  return error as BackupRefusedError;
}

describe('restoring refuses, saying why, and changes nothing', () => {
  it('a file that is not a backup at all', async () => {
    const error = await refusal(prepareRestore(new TextEncoder().encode('name,phone\nAmina,0141\n'), {}, database));
    expect(error.problem).toBe('not-a-backup');
  });

  it('a backup from a newer version of Signpost', async () => {
    const tables = [{ name: 'clients', records: [], unreadable: [] }];
    const newer = await encodeBackup(tables, { schemaVersion: LATEST_VERSION + 1, appVersion: '9.0.0', createdAt: new Date().toISOString() });
    const error = await refusal(prepareRestore(newer, {}, database));
    expect(error.problem).toBe('newer-version');
  });

  it('records that do not fit their schema (checksums intact), deleting the staging database', async () => {
    const bad = [{ name: 'clients', records: [{ id: 'x', ref: 'SP000009', name: 7 }], unreadable: [] }];
    const bytes = await encodeBackup(bad, { schemaVersion: LATEST_VERSION, appVersion: 't', createdAt: new Date().toISOString() });
    const error = await refusal(prepareRestore(bytes, {}, database));
    expect(error.problem).toBe('records-invalid');
    expect(await databaseNames()).toEqual(['signpost-meta', 'signpost-test']);
    expect((await clients.list()).map((c) => c.name)).toEqual(['Amina Yusuf']);
  });

  it('the same record twice', async () => {
    const [stored] = await database.clients.toArray();
    const twice = [{ name: 'clients', records: [stored, stored], unreadable: [] }];
    const bytes = await encodeBackup(twice, { schemaVersion: LATEST_VERSION, appVersion: 't', createdAt: new Date().toISOString() });
    expect((await refusal(prepareRestore(bytes, {}, database))).problem).toBe('records-invalid');
  });

  it('a table this version does not have', async () => {
    const odd = [{ name: 'payments', records: [], unreadable: [] }];
    const bytes = await encodeBackup(odd, { schemaVersion: LATEST_VERSION, appVersion: 't', createdAt: new Date().toISOString() });
    expect((await refusal(prepareRestore(bytes, {}, database))).problem).toBe('records-invalid');
  });
});

describe('a backup with a passphrase', () => {
  it('is encrypted (no name readable in the file), refused without it or with a wrong one, restored with it', async () => {
    const made = await makeBackup({ passphrase: 'correct horse battery staple' }, database);
    expect(made.encrypted).toBe(true);
    expect(Buffer.from(made.bytes).includes(Buffer.from('Amina'))).toBe(false);
    expect((await refusal(prepareRestore(made.bytes, {}, database))).problem).toBe('passphrase-needed');
    const wrong = await refusal(prepareRestore(made.bytes, { passphrase: 'correct horse battery stapler' }, database));
    expect(wrong.problem).toBe('wrong-passphrase');
    const plan = await prepareRestore(made.bytes, { passphrase: 'correct horse battery staple' }, database);
    expect(plan.counts.clients).toBe(1);
    await commitRestore(plan, database);
    database.close();
    const restored = await openActiveDatabase(database.dependencies, 'signpost-test');
    // Sealed in the file and in the restored database; opened with the restored keys.
    replaceDatabase(restored);
    expect((await clients.list()).map((c) => c.name)).toEqual(['Amina Yusuf']);
    restored.close();
  });

  it('a backup without one is readable as it is, and says it is not encrypted', async () => {
    const made = await makeBackup({}, database);
    const decoded = await decodeBackup(made.bytes, LATEST_VERSION);
    expect(decoded.header.encryption).toEqual({ scheme: 'none' });
    expect(decoded.header.counts.clients).toBe(1);
  });
});

describe('the swap', () => {
  it('cancelling leaves the current database in use and deletes the staging one', async () => {
    const made = await makeBackup({}, database);
    await clients.create(validClient('Registered after the backup'));
    const plan = await prepareRestore(made.bytes, {}, database);
    expect(await databaseNames()).toContain(plan.stagingName);
    await cancelRestore(plan, database);
    expect(await databaseNames()).toEqual(['signpost-meta', 'signpost-test']);
    expect(await clients.count()).toBe(2);
  });

  it('keeps the old database until the new one has opened, then deletes it', async () => {
    const made = await makeBackup({}, database);
    const plan = await prepareRestore(made.bytes, {}, database);
    await commitRestore(plan, database);
    expect(await databaseNames()).toEqual(['signpost-meta', plan.stagingName, 'signpost-test'].sort());
    database.close();
    const reopened = await openActiveDatabase(database.dependencies, 'signpost-test');
    expect(reopened.name).toBe(plan.stagingName);
    expect(await databaseNames()).toEqual(['signpost-meta', plan.stagingName].sort());
    reopened.close();
  });

  it('a staging database left by a restore that never finished is deleted at the next start', async () => {
    const made = await makeBackup({}, database);
    const plan = await prepareRestore(made.bytes, {}, database);
    // The app is killed here: the forum never confirmed.
    database.close();
    const reopened = await openActiveDatabase(database.dependencies, 'signpost-test');
    expect(reopened.name).toBe('signpost-test');
    expect(await databaseNames()).not.toContain(plan.stagingName);
    expect(await reopened.clients.count()).toBe(1);
    reopened.close();
  });
});
