/**
 * Merging two records of the same person into one, keeping both histories: the other
 * record's appointments, advice entries and referrals move to the kept record, the details
 * that differ are chosen field by field (shared/privacy/merge-fields.ts), the other record
 * and its data key go, and audit entries about it now point at the kept record. One
 * transaction: either all of it happens or none.
 */
import { mergedClient, type MergeChoices } from '../../../shared/privacy/merge-fields';
import { AdviceEntry, Appointment, Client, Referral } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { destroyClientKey } from '../../security/data-keys';
import { auditEntry } from '../repositories/audit-log';
import { nowIso, openRecords, parseForWrite, putRecord } from '../record-store';
import { personTables, requireClient } from './client-records';
import { forgetSubjects, withErasureKeyReplaced } from './erasure';
import { RightsRefusedError } from './rights-refused';
import { markRecordsOf } from './restriction';
import { requirePermission } from '../../security/permissions';

export interface MergeCounts {
  appointments: number;
  adviceEntries: number;
  referrals: number;
}

export async function mergeClients(keptId: string, otherId: string, choices: MergeChoices): Promise<{ client: Client; moved: MergeCounts }> {
  requirePermission('rights.erase');
  if (keptId === otherId) throw new RightsRefusedError('same-record');
  const database = db();
  return withErasureKeyReplaced(database.transaction('rw', personTables(), async () => {
    const kept = await requireClient(keptId);
    const other = await requireClient(otherId);
    const client = parseForWrite('clients', Client, { ...mergedClient(kept, other, choices), updatedAt: nowIso() });
    const at = nowIso();
    const [appointments, advice, referrals] = await Promise.all([
      database.appointments.where('clientId').equals(otherId).toArray(),
      database.adviceEntries.where('clientId').equals(otherId).toArray(),
      database.referrals.where('clientId').equals(otherId).toArray(),
    ]);
    // Each record is opened and written again through the record store, so it is sealed
    // with the kept person's data key once encryption at rest applies it by client.
    for (const record of await openRecords('appointments', Appointment, appointments)) {
      await putRecord(database.appointments, 'appointments', parseForWrite('appointments', Appointment, { ...record, clientId: keptId, updatedAt: at }));
    }
    for (const record of await openRecords('adviceEntries', AdviceEntry, advice)) {
      await putRecord(database.adviceEntries, 'adviceEntries', parseForWrite('adviceEntries', AdviceEntry, { ...record, clientId: keptId, updatedAt: at }));
    }
    for (const record of await openRecords('referrals', Referral, referrals)) {
      await putRecord(database.referrals, 'referrals', parseForWrite('referrals', Referral, { ...record, clientId: keptId, updatedAt: at }));
    }
    await putRecord(database.clients, 'clients', client);
    // Either record's restriction holds for the merged one: every record of it now follows that.
    await markRecordsOf(keptId, client.restriction !== undefined);
    await database.clients.delete(otherId);
    await destroyClientKey(otherId);
    await forgetSubjects([otherId], keptId);
    const moved = { appointments: appointments.length, adviceEntries: advice.length, referrals: referrals.length };
    await database.auditLog.add(auditEntry('merge-clients', { ...moved, fieldsFromOther: Object.values(choices).filter((c) => c === 'other').length }, keptId));
    return { client, moved };
  }));
}
