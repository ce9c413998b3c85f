/**
 * Erasure (UK GDPR article 17): a person goes from every table in one transaction: their
 * record, appointments (walk-in queue places included), advice entries and referrals, and
 * their data key, so any stale sealed copy can never be opened again. Audit entries that
 * named them by id stay, as "an erased record". They stop counting in every report, past
 * periods included: the report is built from the records there are.
 */
import { ERASED_SUBJECT } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { destroyClientKey } from '../../security/data-keys';
import { rotateErasureKey } from '../../security/erasure-key';
import { auditEntry } from '../repositories/audit-log';
import { personTables, recordKeysOf, requireClient } from './client-records';
import { requirePermission } from '../../security/permissions';

export interface ErasureCounts {
  clients: number;
  appointments: number;
  adviceEntries: number;
  referrals: number;
}

/**
 * Deletes the clients and everything of theirs; the caller's transaction must cover
 * personTables(). The audit entries naming them are rewritten last, after every other
 * write of the transaction, so the audit trail's own entry for it is rewritten too.
 */
export async function eraseWithin(clientIds: readonly string[]): Promise<ErasureCounts> {
  const database = db();
  const ids = [...clientIds];
  const keys = await recordKeysOf(ids);
  await database.appointments.bulkDelete(keys.appointments);
  await database.adviceEntries.bulkDelete(keys.adviceEntries);
  await database.referrals.bulkDelete(keys.referrals);
  await database.clients.bulkDelete(ids);
  for (const id of ids) await destroyClientKey(id);
  await forgetSubjects(ids);
  return { clients: ids.length, appointments: keys.appointments.length, adviceEntries: keys.adviceEntries.length, referrals: keys.referrals.length };
}

/**
 * After a transaction that deleted data keys has committed: replaces the erasure key, so
 * the deleted keys' stale copies on disk open nothing. Should that fail (the app locked
 * meanwhile), the erasure stands and the rotation is owed to the next sign-in.
 */
export async function withErasureKeyReplaced<T>(erased: Promise<T>): Promise<T> {
  const result = await erased;
  await rotateErasureKey().catch((error: unknown) => {
    console.warn(`Signpost: the erasure key will be replaced at the next sign-in (${(error as Error).name}).`);
  });
  return result;
}

/** Audit entries about these clients now name "an erased record" instead. */
export async function forgetSubjects(clientIds: readonly string[], replacement: string = ERASED_SUBJECT): Promise<void> {
  await db()
    .auditLog.where('subjectId')
    .anyOf([...clientIds])
    .modify({ subjectId: replacement });
}

/** Erases one person (after the confirmation that says what will go). */
export async function eraseClient(clientId: string, reason: 'person-asked' | 'storage-consent-withdrawn' = 'person-asked'): Promise<ErasureCounts> {
  requirePermission('rights.erase');
  return withErasureKeyReplaced(
    db().transaction('rw', personTables(), async () => {
      await requireClient(clientId);
      const counts = await eraseWithin([clientId]);
      await db().auditLog.add(auditEntry('erase-client', { reason, ...counts }, ERASED_SUBJECT));
      return counts;
    }),
  );
}
