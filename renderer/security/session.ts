/**
 * Who is signed in on this window, if anyone. Sign-in sets it, lock and sign-out clear it;
 * the repository commands ask it before they act (roles) and the audit log records it as
 * the actor. It holds no key and no personal data beyond the user's own display name.
 */
import { useSyncExternalStore } from 'react';
import type { Role } from '../../shared/security/roles';

export interface SignedInUser {
  userId: string;
  name: string;
  role: Role;
}

let signedIn: SignedInUser | null = null;
const listeners = new Set<() => void>();

export function currentUser(): SignedInUser | null {
  return signedIn;
}

export function setSignedInUser(user: SignedInUser | null): void {
  signedIn = user;
  for (const listener of listeners) listener();
}

export function onSignedInUserChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The signed-in user in a component; re-renders on sign-in, lock and sign-out. */
export function useSignedInUser(): SignedInUser | null {
  return useSyncExternalStore(onSignedInUserChange, currentUser, currentUser);
}
