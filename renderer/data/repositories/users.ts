/**
 * The people who sign in, managed by the administrator (Settings → Users): add one with
 * a role and a PIN or passphrase, change the role, reset the secret, disable or enable,
 * link to their volunteer record. Never leaves the forum without an active administrator.
 * Screens get users without their credential; the audit trail logs each write as
 * `users:put` with who made it, never the record.
 */
import { UserRecord, type SecretKind } from '../../../shared/security/user';
import { isRole, type Role } from '../../../shared/security/roles';
import { secretProblem, type SecretProblem } from '../../../shared/security/secret-rules';
import { messageCode } from '../../../shared/messages/message-code';
import { db } from '../../db/instance';
import { createUserCredential, wrapForumKey } from '../../security/credentials';
import { forumKey } from '../../security/key-ring';
import { requirePermission } from '../../security/permissions';
import { currentUser, setSignedInUser } from '../../security/session';
import { nowIso } from '../record-store';
import { CommandRefusedError, ValidationError } from '../validation-error';

/** A user as the Users panel and the audit log show them: no credential. */
export interface UserSummary {
  id: string;
  name: string;
  role: Role;
  disabled: boolean;
  /** PIN or passphrase. */
  secretKind: SecretKind;
  volunteerId?: string;
}

export interface NewUserInput {
  name: string;
  role: Role;
  kind: SecretKind;
  secret: string;
  volunteerId?: string | undefined;
}

const byName = (a: UserSummary, b: UserSummary): number => a.name.localeCompare(b.name);

function summary(user: UserRecord): UserSummary {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    disabled: user.disabled,
    secretKind: user.credential.kind,
    ...(user.volunteerId ? { volunteerId: user.volunteerId } : {}),
  };
}

async function allUsers(): Promise<UserRecord[]> {
  return (await db().users.toArray()).map((user) => UserRecord.parse(user));
}

/** Everyone who can sign in or could, in name order: for the Users panel. */
export async function listUsers(): Promise<UserSummary[]> {
  requirePermission('users.manage');
  return (await allUsers()).map(summary).sort(byName);
}

/** Ids, names and roles of every user (disabled ones too): how the audit log names who acted. */
export async function auditUserNames(): Promise<Pick<UserSummary, 'id' | 'name' | 'role'>[]> {
  requirePermission('audit.read');
  return (await allUsers()).map(({ id, name, role }) => ({ id, name, role })).sort((a, b) => a.name.localeCompare(b.name));
}

const SECRET_PROBLEMS: Readonly<Record<SecretProblem, string>> = {
  passphraseTooShort: messageCode('access:secret.passphraseTooShort'),
  passphraseRepeated: messageCode('access:secret.passphraseRepeated'),
  pinNotDigits: messageCode('access:secret.pinNotDigits'),
  pinLength: messageCode('access:secret.pinLength'),
  pinTooSimple: messageCode('access:secret.pinTooSimple'),
};

function checkSecret(kind: SecretKind, secret: string): void {
  const problem = secretProblem(kind, secret);
  if (problem) throw new ValidationError('users', [{ path: ['secret'], message: SECRET_PROBLEMS[problem] }]);
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 120) throw new ValidationError('users', [{ path: ['name'], message: messageCode('access:users.form.nameNeeded') }]);
  return trimmed;
}

const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** The sign-in screen lists users by name: two people of one name could not tell which is theirs. */
async function refuseTakenName(name: string, exceptId?: string): Promise<void> {
  const taken = (await db().users.toArray()).some((user) => user.id !== exceptId && sameName(user.name, name));
  if (taken) throw new ValidationError('users', [{ path: ['name'], message: messageCode('access:users.refusal.nameTaken') }]);
}

/** A volunteer record links to one user at most, and must exist. */
async function refuseVolunteerLink(volunteerId: string, exceptId?: string): Promise<void> {
  if (!(await db().volunteers.get(volunteerId))) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'volunteers' }));
  const linked = (await db().users.toArray()).some((user) => user.id !== exceptId && user.volunteerId === volunteerId);
  if (linked) throw new CommandRefusedError(messageCode('access:users.refusal.volunteerTaken'));
}

async function existing(id: string): Promise<UserRecord> {
  const raw = await db().users.get(id);
  if (!raw) throw new CommandRefusedError(messageCode('access:users.refusal.gone'));
  return UserRecord.parse(raw);
}

/** Whether, after this change, the forum still has an administrator who can sign in. */
async function refuseLosingLastAdministrator(changed: UserRecord): Promise<void> {
  const users = (await allUsers()).map((user) => (user.id === changed.id ? changed : user));
  if (!users.some((user) => user.role === 'administrator' && !user.disabled)) {
    throw new CommandRefusedError(messageCode('access:users.refusal.lastAdministrator'));
  }
}

async function save(user: UserRecord): Promise<UserSummary> {
  const record = UserRecord.parse({ ...user, updatedAt: nowIso() });
  await db().users.put(record);
  return summary(record);
}

/** Adds a user who can sign in at once with the PIN or passphrase given. */
export async function addUser(input: NewUserInput): Promise<UserSummary> {
  requirePermission('users.manage');
  const name = checkName(input.name);
  if (!isRole(input.role)) throw new ValidationError('users', [{ path: ['role'], message: messageCode('access:users.form.roleNeeded') }]);
  checkSecret(input.kind, input.secret);
  // Wrapping the forum key is slow (PBKDF2) and asynchronous: done before the transaction,
  // which would otherwise commit while it waited.
  const record = UserRecord.parse(
    await createUserCredential(forumKey(), { name, role: input.role, kind: input.kind, ...(input.volunteerId ? { volunteerId: input.volunteerId } : {}) }, input.secret),
  );
  return db().transaction('rw', db().users, db().volunteers, async () => {
    await refuseTakenName(name);
    if (record.volunteerId) await refuseVolunteerLink(record.volunteerId);
    await db().users.put(record);
    return summary(record);
  });
}

export async function changeUserRole(id: string, role: Role): Promise<UserSummary> {
  requirePermission('users.manage');
  if (!isRole(role)) throw new ValidationError('users', [{ path: ['role'], message: messageCode('access:users.form.roleNeeded') }]);
  const saved = await db().transaction('rw', db().users, async () => {
    const changed = { ...(await existing(id)), role };
    await refuseLosingLastAdministrator(changed);
    return save(changed);
  });
  // Your own new role holds from now, not from your next sign-in.
  const me = currentUser();
  if (me?.userId === id) setSignedInUser({ ...me, role: saved.role });
  return saved;
}

/** A new PIN or passphrase for someone who forgot theirs: the old one opens nothing any more. */
export async function resetUserSecret(id: string, kind: SecretKind, secret: string): Promise<UserSummary> {
  requirePermission('users.manage');
  checkSecret(kind, secret);
  const credential = await wrapForumKey(forumKey(), kind, secret);
  return db().transaction('rw', db().users, async () => save({ ...(await existing(id)), credential }));
}

/** A disabled user is left off the sign-in list and cannot sign in; their history keeps their name. */
export async function setUserDisabled(id: string, disabled: boolean): Promise<UserSummary> {
  const me = requirePermission('users.manage');
  if (disabled && me.userId === id) throw new CommandRefusedError(messageCode('access:users.refusal.notYourself'));
  return db().transaction('rw', db().users, async () => {
    const changed = { ...(await existing(id)), disabled };
    await refuseLosingLastAdministrator(changed);
    return save(changed);
  });
}

/** Links a user to their volunteer record (or unlinks, with undefined). */
export async function linkUserToVolunteer(id: string, volunteerId: string | undefined): Promise<UserSummary> {
  requirePermission('users.manage');
  return db().transaction('rw', db().users, db().volunteers, async () => {
    const { volunteerId: _previous, ...user } = await existing(id);
    if (volunteerId) await refuseVolunteerLink(volunteerId, id);
    return save({ ...user, ...(volunteerId ? { volunteerId } : {}) });
  });
}

/** Changes a user's name (as shown on the sign-in list). */
export async function renameUser(id: string, name: string): Promise<UserSummary> {
  requirePermission('users.manage');
  const trimmed = checkName(name);
  return db().transaction('rw', db().users, async () => {
    await refuseTakenName(trimmed, id);
    return save({ ...(await existing(id)), name: trimmed });
  });
}
