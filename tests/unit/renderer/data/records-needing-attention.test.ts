// @vitest-environment node
/**
 * Settings' scan for damaged records reads a table a step at a time (a large forum's
 * tables were read, opened and checked at once, holding the page for seconds): every
 * damaged record is still found, in every step, the first and the last included.
 */
import { describe, expect, it } from 'vitest';
import { clients, correctStoredRecord, findRecordsNeedingAttention } from '../../../../renderer/data';
import { freshDatabase, validClient } from './fresh-database';

const at = '2026-11-02T10:00:00.000Z';
const service = (n: number, damaged: boolean) => ({
  id: `s-${String(n).padStart(5, '0')}`,
  name: damaged ? 42 : `Service ${n}`,
  categories: [],
  languages: [],
  interpretationOffered: false,
  active: true,
  createdAt: at,
  updatedAt: at,
});

describe('records that need attention', () => {
  it('are all found across the steps of a large table, and nothing else is', async () => {
    const database = freshDatabase();
    const damaged = new Set([0, 499, 500, 1_000, 1_200]);
    await database.services.bulkAdd(Array.from({ length: 1_201 }, (_, n) => service(n, damaged.has(n))) as never[]);
    const found = await findRecordsNeedingAttention();
    expect(found.map((record) => `${record.table}/${record.id}`)).toEqual([...damaged].map((n) => `services/s-${String(n).padStart(5, '0')}`));
  });

  it('a damaged record written behind the app’s back, with no data key, is corrected and sealed under a key of its own', async () => {
    const database = freshDatabase();
    const planted = { ...validClient('Saba Haile'), id: 'c-planted', ref: 'C-00002', createdAt: at, updatedAt: at, name: 42 };
    await database.clients.add(planted as never);
    expect(await database.dataKeys.get('c-planted')).toBeUndefined();
    await correctStoredRecord('clients', 'c-planted', JSON.stringify({ ...planted, name: 'Saba Haile' }));
    expect(await database.dataKeys.get('c-planted')).toBeDefined();
    expect(JSON.stringify(await database.clients.get('c-planted'))).not.toContain('Saba');
    expect((await clients.get('c-planted'))?.name).toBe('Saba Haile');
  });
});
