// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { clients, logAdvice, volunteers } from '../../../../renderer/data';
import { openAll, SEALED } from '../../../../renderer/data/personal-fields';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { destroyClientKey } from '../../../../renderer/security/data-keys';
import { dropKeys, forgetDataKey } from '../../../../renderer/security/key-ring';
import { freshDatabase, validClient } from './fresh-database';

let database: SignpostDatabase;
beforeEach(() => {
  database = freshDatabase();
});

const bytesOf = (record: unknown) => JSON.stringify(record);

describe('personal fields at rest', () => {
  it('seal every personal field of a client into one value under the client’s own key, and open them on the way out', async () => {
    const saved = await clients.create({
      ...validClient('مريم الخطيب'),
      nameLatin: 'Maryam Al-Khatib',
      phone: '07700 900555',
      area: 'G42',
      birthYear: 1990,
      nationality: 'SY',
      immigrationStatus: 'asylum-seeker',
    });
    const stored = (await database.clients.get(saved.id)) as unknown as Record<string, unknown>;
    // Only what the app looks records up by stays readable.
    expect(Object.keys(stored).sort()).toEqual(['createdAt', 'id', 'ref', SEALED, 'updatedAt'].sort());
    // Every value is out of the readable fields. The sealed value is AES-GCM output in base64:
    // a two-letter value such as "SY" turns up in 500 random characters about one run in
    // eight (this test failed so on CI), so there it is looked for as the plain text would
    // stand (the field and its value), which chance never writes.
    const { [SEALED]: sealed, ...readable } = stored;
    for (const value of ['مريم', 'Maryam', '900555', 'G42', '1990', 'SY', 'asylum']) expect(bytesOf(readable)).not.toContain(value);
    const sealedText = Buffer.from(String(sealed), 'base64').toString('latin1') + String(sealed);
    for (const plain of ['Maryam', '900555', '"area":"G42"', '"birthYear":1990', '"nationality":"SY"', 'asylum-seeker']) expect(sealedText).not.toContain(plain);
    expect(await database.dataKeys.get(saved.id)).toBeDefined();
    expect(await clients.get(saved.id)).toMatchObject({ name: 'مريم الخطيب', phone: '07700 900555', area: 'G42', birthYear: 1990, immigrationStatus: 'asylum-seeker' });
    expect((await clients.list())[0]?.nameLatin).toBe('Maryam Al-Khatib');
  });

  it('seals advice under the client’s key and volunteers under their own', async () => {
    const client = await clients.create(validClient());
    await logAdvice({ clientId: client.id, date: '2026-11-24', adviserName: 'Claire Reid', categories: ['housing'], outcome: 'advice-given', minutes: 20, notes: 'Eviction notice received' }, '2026-11-24');
    const [entry] = await database.adviceEntries.toArray();
    expect(bytesOf(entry)).not.toMatch(/Eviction|Claire|housing/);
    const volunteer = await volunteers.create({ name: 'Claire Reid', email: 'claire@example.org' });
    expect(bytesOf(await database.volunteers.get(volunteer.id))).not.toMatch(/Claire|example/);
    expect(await database.dataKeys.get(`volunteer:${volunteer.id}`)).toBeDefined();
  });

  it('cannot be read once the client’s key is destroyed, even with the forum key; and nothing is read while locked', async () => {
    const client = await clients.create(validClient('Saba Haile'));
    await database.transaction('rw', database.clients, database.dataKeys, database.directorySnapshots, async () => {
      await destroyClientKey(client.id);
    });
    forgetDataKey(client.id);
    // A stale copy of the sealed record opens to nothing personal: it shows as needing attention.
    const read = await clients.get(client.id);
    expect(read?.name).not.toBe('Saba Haile');
    await clients.create(validClient('Yonas Tesfaye'));
    dropKeys();
    await expect(clients.list()).rejects.toThrow(/locked/);
    await expect(clients.create(validClient('Someone'))).rejects.toThrow(/locked/);
  });

  it('opens many records as copies, the stored ones untouched, or in place for a reader that owns what it read', async () => {
    const saved = await clients.create({ ...validClient('Amina Yusuf'), phone: '07700 900123', area: 'G42' });
    const read = async () => [(await database.clients.get(saved.id)) as unknown as Record<string, unknown>];
    const stored = await read();
    const [copy] = await openAll('clients', stored);
    expect(copy).not.toBe(stored[0]);
    expect(copy).toMatchObject({ id: saved.id, name: 'Amina Yusuf', phone: '07700 900123', area: 'G42' });
    expect(copy).not.toHaveProperty(SEALED);
    // The stored record is as it was read: still sealed, no personal field in the clear.
    expect(typeof stored[0]![SEALED]).toBe('string');
    expect(stored[0]).not.toHaveProperty('name');

    const own = await read();
    const [inPlace] = await openAll('clients', own, { inPlace: true });
    expect(inPlace).toBe(own[0]);
    expect(inPlace).toMatchObject({ id: saved.id, name: 'Amina Yusuf', phone: '07700 900123', area: 'G42' });
    expect(inPlace![SEALED]).toBeUndefined();
  });
});
