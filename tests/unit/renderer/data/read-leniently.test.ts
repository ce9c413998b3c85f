// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clients } from '../../../../renderer/data';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { freshDatabase, validClient } from './fresh-database';

let database: SignpostDatabase;
beforeEach(() => {
  database = freshDatabase();
});
afterEach(() => vi.restoreAllMocks());

describe('reading old or damaged records', () => {
  it('repairs a record with a bad optional field, and warns without personal data', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const saved = await clients.create({ ...validClient('Layla Haddad'), phone: '07700 900123' });
    await database.clients.update(saved.id, { area: 'not a postcode', languages: 'ara' as unknown as string[] });
    const read = await clients.get(saved.id);
    expect(read?.name).toBe('Layla Haddad');
    expect(read?.area).toBeUndefined();
    expect(read?.languages).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]?.[0]);
    expect(message).toContain('area');
    expect(message).not.toContain('Layla');
    expect(message).not.toContain('07700');
  });

  it('leaves out a record that cannot be repaired instead of failing the list', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await clients.create(validClient('Piotr Nowak'));
    const broken = await clients.create(validClient('Saba Haile'));
    await database.clients.update(broken.id, { name: 42 as unknown as string });
    expect((await clients.list()).map((c) => c.name)).toEqual(['Piotr Nowak']);
  });
});
