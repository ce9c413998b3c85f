// @vitest-environment node
/**
 * A backup restores the forum record for record, and a damaged file never does: cut at
 * every 1 % of its length or with any one of 200 random bits flipped, it is refused
 * before anything is written, and the data in use is untouched.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { clients, loadDemoData } from '../../../../../renderer/data';
import { BackupRefusedError } from '../../../../../renderer/data/backup/backup-codec';
import { makeBackup } from '../../../../../renderer/data/backup/make-backup';
import { commitRestore, prepareRestore } from '../../../../../renderer/data/backup/restore-backup';
import { openActiveDatabase } from '../../../../../renderer/db/active-database';
import type { SignpostDatabase } from '../../../../../renderer/db/database';
import { generateForum } from '../../../../../shared/demo/generate';
import { freshDatabase, validClient } from '../fresh-database';

let database: SignpostDatabase;
beforeEach(() => {
  database = freshDatabase();
});

async function everyRecord(of: SignpostDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of of.tables) out[table.name] = await table.toArray();
  return out;
}

async function restoreAndReopen(bytes: Uint8Array, passphrase?: string): Promise<SignpostDatabase> {
  const plan = await prepareRestore(bytes, passphrase ? { passphrase } : {}, database);
  await commitRestore(plan, database);
  database.close();
  return openActiveDatabase(database.dependencies, 'signpost-test');
}

async function expectRefused(attempt: Promise<unknown>): Promise<string> {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupRefusedError);
  return (error as BackupRefusedError).problem;
}

describe('backup and restore, round trip', () => {
  it('restores every table identical record for record, for forums in any script', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), { maxLength: 5 }), async (seed, names) => {
        database = freshDatabase();
        await loadDemoData((options) => generateForum({ ...options, seed }), '2026-11-24');
        for (const name of names.filter((n) => n.trim().length > 0)) await clients.create(validClient(name.trim().slice(0, 40)));
        const before = await everyRecord(database);
        const made = await makeBackup({ now: new Date('2026-12-03T09:00:00Z') }, database);
        const restored = await restoreAndReopen(made.bytes);
        expect(restored.name).not.toBe(database.name);
        const after = await everyRecord(restored);
        // The restore notes itself in the audit log; everything else is as it was.
        expect(after.auditLog!.filter((e) => (e as { action: string }).action === 'restore-backup')).toHaveLength(1);
        after.auditLog = after.auditLog!.filter((e) => (e as { action: string }).action !== 'restore-backup');
        // The directory's snapshot and the clients' revision are never in a backup: a restored forum starts its own.
        // So are the report's facts: the restored forum holds none sealed, only the stale marks its own writes left.
        expect((after.reportFacts ?? []).filter((row) => (row as { sealed?: unknown }).sealed !== undefined)).toEqual([]);
        for (const table of Object.keys(before).filter((name) => name !== 'directorySnapshots' && name !== 'reportFacts')) {
          const byId = (records: unknown[]) => [...records].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
          expect(byId(after[table] ?? []), table).toEqual(byId(before[table] ?? []));
        }
        restored.close();
      }),
      { numRuns: 4 },
    );
  }, 90_000);

  it('keeps a record that was already damaged when the backup was made, and counts it', async () => {
    await clients.create(validClient('Amina Yusuf'));
    await database.clients.put({ id: 'damaged-1', ref: 'SP999999', name: 42 } as never);
    const made = await makeBackup({}, database);
    const plan = await prepareRestore(made.bytes, {}, database);
    expect(plan.needingAttention).toBe(1);
    await commitRestore(plan, database);
    database.close();
    const restored = await openActiveDatabase(database.dependencies, 'signpost-test');
    expect(await restored.clients.get('damaged-1')).toEqual({ id: 'damaged-1', ref: 'SP999999', name: 42 });
    restored.close();
  });
});

describe('a damaged backup file is refused and changes nothing', () => {
  it('refuses the file cut at every 1 % of its length', async () => {
    await loadDemoData(generateForum, '2026-11-24');
    const made = await makeBackup({}, database);
    const before = await everyRecord(database);
    const problems = new Set<string>();
    for (let percent = 0; percent < 100; percent += 1) {
      const cut = made.bytes.slice(0, Math.floor((made.bytes.length * percent) / 100));
      problems.add(await expectRefused(prepareRestore(cut, {}, database)));
    }
    // Also a file one byte short: the last percent is not the last byte.
    problems.add(await expectRefused(prepareRestore(made.bytes.slice(0, -1), {}, database)));
    expect([...problems].sort()).toEqual(['not-a-backup', 'truncated']);
    expect(await everyRecord(database)).toEqual(before);
    // Refused before a staging database was even made.
    expect((await database.dependencies!.indexedDB.databases()).map((d) => d.name)).toEqual(['signpost-test']);
  });

  it('refuses the file with any one of 200 random bits flipped', async () => {
    await loadDemoData(generateForum, '2026-11-24');
    const made = await makeBackup({}, database);
    const before = await everyRecord(database);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: made.bytes.length * 8 - 1 }), async (bit) => {
        const flipped = made.bytes.slice();
        flipped[bit >> 3]! ^= 1 << (bit & 7);
        const problem = await expectRefused(prepareRestore(flipped, {}, database));
        expect(['not-a-backup', 'damaged', 'truncated']).toContain(problem);
      }),
      { numRuns: 200, seed: 12 },
    );
    expect(await everyRecord(database)).toEqual(before);
  });
});
