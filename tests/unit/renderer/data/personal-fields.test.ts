// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clients, volunteers } from '../../../../renderer/data';
import { setPersonalFieldCodec } from '../../../../renderer/data/personal-fields';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { freshDatabase, validClient } from './fresh-database';

/** A codec that visibly marks stored values: proves every write and read goes through the seam. */
const marking = { seal: (v: string) => `sealed:${v}`, open: (v: string) => v.replace(/^sealed:/, '') };

let database: SignpostDatabase;
beforeEach(() => {
  database = freshDatabase();
  setPersonalFieldCodec(marking);
});
afterEach(() => setPersonalFieldCodec(undefined));

describe('the personal-fields seam', () => {
  it('seals names and contact details on the way in and opens them on the way out', async () => {
    const saved = await clients.create({ ...validClient('مريم الخطيب'), nameLatin: 'Maryam Al-Khatib', phone: '07700 900555', area: 'G42' });
    const stored = await database.clients.get(saved.id);
    expect(stored).toMatchObject({ name: 'sealed:مريم الخطيب', nameLatin: 'sealed:Maryam Al-Khatib', phone: 'sealed:07700 900555', area: 'G42' });
    expect(await clients.get(saved.id)).toMatchObject({ name: 'مريم الخطيب', phone: '07700 900555' });
    expect((await clients.list())[0]?.nameLatin).toBe('Maryam Al-Khatib');
  });

  it('covers volunteers too', async () => {
    const saved = await volunteers.create({ name: 'Claire Reid', email: 'claire@example.org' });
    expect(await database.volunteers.get(saved.id)).toMatchObject({ name: 'sealed:Claire Reid', email: 'sealed:claire@example.org' });
  });
});
