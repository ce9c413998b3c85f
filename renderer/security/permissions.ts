/**
 * The one check every repository command makes before it reads personal data or writes:
 * is someone signed in, and does their role allow it (the matrix in
 * shared/security/roles.ts)? A refusal is a typed error carrying a message code, worded
 * from the `access` catalogue like any other refused command. Screens ask `useCan` to
 * hide or disable what the role may not do; the command's own check is what holds.
 */
import { can, type Permission } from '../../shared/security/roles';
import { messageCode } from '../../shared/messages/message-code';
import { CommandRefusedError } from '../data/validation-error';
import { currentUser, useSignedInUser, type SignedInUser } from './session';

/** The signed-in user's role does not allow this (or no one is signed in). Nothing was read or written. */
export class PermissionDeniedError extends CommandRefusedError {
  constructor(readonly permission: Permission | 'signedIn') {
    super(permission === 'signedIn' ? messageCode('access:refusal.signedOut') : messageCode('access:refusal.notForRole', { permission }));
    this.name = 'PermissionDeniedError';
  }
}

/** The signed-in user; throws PermissionDeniedError when no one is (the app is locked). */
export function requireSignedIn(): SignedInUser {
  const user = currentUser();
  if (!user) throw new PermissionDeniedError('signedIn');
  return user;
}

/** Throws PermissionDeniedError unless the signed-in user's role has this permission. */
export function requirePermission(permission: Permission): SignedInUser {
  const user = requireSignedIn();
  if (!can(user.role, permission)) throw new PermissionDeniedError(permission);
  return user;
}

/**
 * Throws PermissionDeniedError (naming the first) unless the signed-in user's role has at
 * least one of these: for reads several areas need, such as the clinics list (to book, and
 * to choose a clinic for the report).
 */
export function requireAnyPermission(permissions: readonly [Permission, ...Permission[]]): SignedInUser {
  const user = requireSignedIn();
  if (!permissions.some((permission) => can(user.role, permission))) throw new PermissionDeniedError(permissions[0]);
  return user;
}

/** Whether the signed-in user may do this now (no one signed in: no). */
export function mayNow(permission: Permission): boolean {
  return can(currentUser()?.role, permission);
}

/** Whether the signed-in user may do this; re-renders on sign-in and lock. */
export function useCan(permission: Permission): boolean {
  return can(useSignedInUser()?.role, permission);
}
