/**
 * Deleting a record made by mistake (registered twice, or the wrong person): only one with
 * no history at all. A record with appointments, advice or referrals is merged into the
 * right one instead (merge.ts), or erased at the person's request (erasure.ts).
 */
import { ERASED_SUBJECT } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { auditEntry } from '../repositories/audit-log';
import { personTables, recordKeysOf, requireClient } from './client-records';
import { eraseWithin, withErasureKeyReplaced } from './erasure';
import { RightsRefusedError } from './rights-refused';
import { requirePermission } from '../../security/permissions';

export async function hasHistory(clientId: string): Promise<boolean> {
  requirePermission('clients.read');
  const keys = await recordKeysOf([clientId]);
  return keys.appointments.length + keys.adviceEntries.length + keys.referrals.length > 0;
}

export async function deleteMistakenClient(clientId: string): Promise<void> {
  requirePermission('rights.erase');
  await withErasureKeyReplaced(
    db().transaction('rw', personTables(), async () => {
      await requireClient(clientId);
      if (await hasHistory(clientId)) throw new RightsRefusedError('has-history');
      await eraseWithin([clientId]);
      await db().auditLog.add(auditEntry('delete-client', {}, ERASED_SUBJECT));
    }),
  );
}
