// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { clients, importClients, ValidationError } from '../../../../renderer/data';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { freshDatabase, validClient } from './fresh-database';

let database: SignpostDatabase;
beforeEach(() => {
  database = freshDatabase();
});

const facts = { format: 'csv' as const, encoding: 'windows-1252', duplicates: 1, refused: 2 };

describe('importing clients from a spreadsheet', () => {
  it('writes every accepted row with the next references, and logs counts, never names', async () => {
    await clients.create(validClient('Our first client'));
    const count = await importClients([validClient('Piotr Nowak'), validClient('Saba Haile')], facts);
    expect(count).toBe(2);
    expect((await clients.list()).map((c) => [c.ref, c.name])).toEqual([
      ['C-00001', 'Our first client'],
      ['C-00002', 'Piotr Nowak'],
      ['C-00003', 'Saba Haile'],
    ]);
    const [entry] = await database.auditLog.toArray();
    expect(entry).toMatchObject({ action: 'import-clients', detail: { format: 'csv', encoding: 'windows-1252', imported: 2, duplicates: 1, refused: 2 } });
    expect(JSON.stringify(entry)).not.toContain('Piotr');
  });

  it('writes nothing at all when one row fails, whether before the transaction or inside it', async () => {
    await expect(importClients([validClient('Piotr Nowak'), { ...validClient(''), name: '' }], facts)).rejects.toBeInstanceOf(ValidationError);
    // The disk refuses the second record, after the first was put inside the transaction.
    await clients.create(validClient('Already here'));
    // (Records reach the table sealed, so the second is picked out by its place, not its name.)
    let created = 0;
    database.clients.hook('creating', () => {
      created += 1;
      if (created === 2) throw new Error('QuotaExceededError');
    });
    await expect(importClients([validClient('A'), validClient('B'), validClient('C')], facts)).rejects.toThrow();
    expect((await clients.list()).map((c) => c.name)).toEqual(['Already here']);
    expect(await database.auditLog.count()).toBe(0);
  });
});
