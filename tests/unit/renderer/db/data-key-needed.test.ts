// @vitest-environment node
/**
 * A write that meets someone without a data key stops, is rolled back whole, has the key
 * made outside any transaction, and runs again (renderer/db/data-key-needed.ts).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataKeyNeededError, makeDataKeysWith } from '../../../../renderer/db/data-key-needed';
import { SignpostDatabase } from '../../../../renderer/db/database';
import { prepareDataKey } from '../../../../renderer/security/data-keys';

const service = (id: string) => ({ id, name: `Service ${id}`, createdAt: '2026-11-02T10:00:00.000Z', updatedAt: '2026-11-02T10:00:00.000Z' }) as never;

let database: SignpostDatabase;
let made: string[];
beforeEach(() => {
  database = new SignpostDatabase('signpost-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  made = [];
  makeDataKeysWith(async (ownerId) => {
    made.push(ownerId);
  });
});
afterEach(() => {
  database.close();
  makeDataKeysWith(prepareDataKey);
});

describe('a write that needs a data key not yet made', () => {
  it('is rolled back, has each key made, and runs again until it goes through', async () => {
    const needed = ['c-1', 'volunteer:v-2'];
    let runs = 0;
    const result = await database.transaction('rw', database.services, async () => {
      runs += 1;
      await database.services.put(service(`s-${runs}`));
      const missing = needed.find((owner) => !made.includes(owner));
      if (missing) throw new DataKeyNeededError(missing);
      return 'saved';
    });
    expect(result).toBe('saved');
    expect(made).toEqual(['c-1', 'volunteer:v-2']);
    expect(runs).toBe(3);
    // Only the run that went through left its record: the stopped ones were rolled back whole.
    expect((await database.services.toArray()).map((row) => row.id)).toEqual(['s-3']);
  });

  it('passes any other failure on, and makes no key', async () => {
    await expect(
      database.transaction('rw', database.services, async () => {
        await database.services.put(service('s-1'));
        throw new Error('QuotaExceededError');
      }),
    ).rejects.toThrow('QuotaExceededError');
    expect(made).toEqual([]);
    expect(await database.services.count()).toBe(0);
  });

  it('leaves a transaction opened inside another to the outermost, which alone can run again', async () => {
    let innerRuns = 0;
    let outerRuns = 0;
    await database.transaction('rw', database.services, async () => {
      outerRuns += 1;
      await database.transaction('rw', database.services, async () => {
        innerRuns += 1;
        if (made.length === 0) throw new DataKeyNeededError('c-1');
      });
    });
    expect(made).toEqual(['c-1']);
    expect({ outerRuns, innerRuns }).toEqual({ outerRuns: 2, innerRuns: 2 });
  });
});
