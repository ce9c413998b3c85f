// @vitest-environment node
/**
 * Settings → Users behind the panel: a user the administrator adds signs in with the
 * secret given; a reset secret replaces the old one; the forum never loses its last
 * administrator; names and volunteer links stay one to one; the audit log records each
 * change with who made it and none of the credential.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, changeUserRole, linkUserToVolunteer, listUsers, resetUserSecret, setUserDisabled, ValidationError, volunteers } from '../../../../renderer/data';
import { withAuditTrail } from '../../../../renderer/db/audit-trail';
import { SignpostDatabase } from '../../../../renderer/db/database';
import { replaceDatabase } from '../../../../renderer/db/instance';
import { wordMessage } from '../../../../renderer/i18n';
import { currentUser } from '../../../../renderer/security/session';
import { lock, setUpForum, signIn, signInList, WrongSecretError } from '../../../../renderer/security/vault';
import { wordedRejection } from '../../support/worded-error';

const ADMIN_PASSPHRASE = 'correct horse battery';
let database: SignpostDatabase;
const store = new Map<string, string>();

beforeEach(async () => {
  database = withAuditTrail(new SignpostDatabase('signpost-users-test', { indexedDB: new IDBFactory(), IDBKeyRange }));
  replaceDatabase(database);
  store.clear();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  };
  lock(); // a fresh forum: nobody signed in until its first run signs the administrator in
  await setUpForum({ forumName: 'Northside forum', adminName: 'Claire Adams', passphrase: ADMIN_PASSPHRASE });
});
afterEach(() => lock());

const adminId = async () => (await listUsers()).find((u) => u.role === 'administrator')!.id;

describe('users', () => {
  it('a user the administrator adds signs in with their PIN, as their role; a reset PIN replaces the old one', async () => {
    const bilal = await addUser({ name: ' Bilal Haddad ', role: 'frontDesk', kind: 'pin', secret: '470318' });
    expect(bilal).toMatchObject({ name: 'Bilal Haddad', role: 'frontDesk', disabled: false, secretKind: 'pin' });
    expect((await signInList()).map((u) => u.name)).toEqual(['Bilal Haddad', 'Claire Adams']);
    lock();
    await signIn(bilal.id, '470318');
    expect(currentUser()).toMatchObject({ userId: bilal.id, role: 'frontDesk' });
    lock();
    await signIn(await adminIdAsStored(), ADMIN_PASSPHRASE);
    await resetUserSecret(bilal.id, 'passphrase', 'green window river');
    lock();
    await expect(signIn(bilal.id, '470318')).rejects.toThrow(WrongSecretError);
    await signIn(bilal.id, 'green window river');
    expect(currentUser()?.userId).toBe(bilal.id);
  });

  it('refuses a weak secret and a name already in use, with words for the field', async () => {
    const weak = await addUser({ name: 'Bilal Haddad', role: 'frontDesk', kind: 'pin', secret: '123456' }).catch((e: unknown) => e);
    expect(weak).toBeInstanceOf(ValidationError);
    expect((weak as ValidationError).problems.map((p) => [p.path, wordMessage(p.message)])).toEqual([['secret', 'Choose a PIN that is not a run like 123456 or one digit repeated']]);
    const taken = await addUser({ name: 'claire adams', role: 'adviser', kind: 'passphrase', secret: 'blue kettle morning' }).catch((e: unknown) => e);
    expect((taken as ValidationError).problems.map((p) => wordMessage(p.message))).toEqual(['Someone already signs in with this name. Add a surname or an initial.']);
    expect(await database.users.count()).toBe(1);
  });

  it('never disables or demotes the last administrator, nor lets you disable yourself', async () => {
    const me = await adminId();
    expect(await wordedRejection(changeUserRole(me, 'adviser'))).toBe('The forum needs at least one administrator who can sign in. Make someone else an administrator first.');
    expect(await wordedRejection(setUserDisabled(me, true))).toBe('You cannot disable yourself. Another administrator can.');
    const dana = await addUser({ name: 'Dana Ionescu', role: 'administrator', kind: 'passphrase', secret: 'blue kettle morning' });
    await setUserDisabled(dana.id, true);
    expect((await signInList()).map((u) => u.name)).toEqual(['Claire Adams']);
    // With Dana disabled, Claire is still the only administrator who can sign in.
    expect(await wordedRejection(changeUserRole(me, 'coordinator'))).toContain('at least one administrator');
    await setUserDisabled(dana.id, false);
    await changeUserRole(me, 'coordinator');
    // Your own new role holds at once.
    expect(currentUser()?.role).toBe('coordinator');
  });

  it('links a user to one volunteer record, and a record to one user', async () => {
    const ana = await volunteers.create({ name: 'Ana Silva', roles: ['adviser'] });
    const first = await addUser({ name: 'Ana Silva', role: 'adviser', kind: 'passphrase', secret: 'blue kettle morning', volunteerId: ana.id });
    expect(first.volunteerId).toBe(ana.id);
    const second = await addUser({ name: 'Ben Okafor', role: 'adviser', kind: 'passphrase', secret: 'red kettle evening' });
    expect(await wordedRejection(linkUserToVolunteer(second.id, ana.id))).toBe('That volunteer record is already linked to another user.');
    expect((await linkUserToVolunteer(first.id, undefined)).volunteerId).toBeUndefined();
    expect((await linkUserToVolunteer(second.id, ana.id)).volunteerId).toBe(ana.id);
  });

  it('audits every change to users with who made it, and none of the PIN, passphrase or credential', async () => {
    const bilal = await addUser({ name: 'Bilal Haddad', role: 'frontDesk', kind: 'pin', secret: '470318' });
    await resetUserSecret(bilal.id, 'passphrase', 'green window river');
    await changeUserRole(bilal.id, 'adviser');
    const stored = await database.users.get(bilal.id);
    const log = await database.auditLog.toArray();
    // The first run's own write (before anyone was signed in) is the fourth.
    const userWrites = log.filter((e) => e.action === 'write' && e.detail['users:put'] !== undefined && e.actorId !== undefined);
    expect(userWrites).toHaveLength(3);
    expect(userWrites.every((e) => e.actorId === currentUser()?.userId && e.actorRole === 'administrator')).toBe(true);
    const text = JSON.stringify(log);
    for (const secret of ['470318', 'green window river', stored!.credential.salt, stored!.credential.wrapped, 'Bilal']) expect(text).not.toContain(secret);
  });
});

async function adminIdAsStored(): Promise<string> {
  return (await database.users.toArray()).find((u) => u.role === 'administrator')!.id;
}
