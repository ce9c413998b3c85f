// @vitest-environment node
/**
 * A person whose records got in behind the app's back has no data key; after sign-in one
 * is made for them outside any transaction, so a later write for them (cancelling their
 * appointment, correcting their record) never has to make one inside its own.
 */
import { describe, expect, it } from 'vitest';
import { clients } from '../../../../renderer/data';
import { keyEveryPerson } from '../../../../renderer/security/data-keys';
import { freshDatabase, validClient } from '../data/fresh-database';

describe('after sign-in, everyone has a data key', () => {
  it('is made for a person written outside the app, and for no one who has one', async () => {
    const database = freshDatabase();
    const registered = await clients.create(validClient('Amina Yusuf'));
    const at = '2026-11-02T10:00:00.000Z';
    await database.clients.add({ ...validClient('Layla Haddad'), id: 'c-planted', ref: 'C-00099', createdAt: at, updatedAt: at } as never);
    await database.volunteers.add({ id: 'v-planted', name: 'Fatima', roles: [], languages: [], checks: [], availability: [], away: [], active: true, createdAt: at, updatedAt: at } as never);
    const before = (await database.dataKeys.get(registered.id))!.wrapped;

    expect(await keyEveryPerson()).toBe(2);
    expect(await database.dataKeys.get('c-planted')).toBeDefined();
    expect(await database.dataKeys.get('volunteer:v-planted')).toBeDefined();
    expect((await database.dataKeys.get(registered.id))!.wrapped).toBe(before);
    expect(await keyEveryPerson()).toBe(0);
  });
});
