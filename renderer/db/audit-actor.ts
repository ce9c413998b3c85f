/**
 * Who an audit entry names as having acted: the signed-in user's id and role, read when
 * the entry is made. Before sign-in exists, or while no one is signed in, nobody.
 */
import type { AuditEntry } from '../../shared/schemas';
import { currentUser } from '../security/session';

export function auditActor(): Pick<AuditEntry, 'actorId' | 'actorRole'> {
  const user = currentUser();
  return user ? { actorId: user.userId, actorRole: user.role } : {};
}
