/**
 * Withdrawn consent, recorded with its date and who recorded it. Sharing or contact
 * consent withdrawn is simply recorded (referral summaries then leave the person's details
 * out; no one phones them). Storage consent withdrawn cannot leave the record as it was:
 * the forum either erases it (erasure.ts) or restricts it, keeping it but hiding it from
 * lists, search and reports until the restriction is lifted.
 */
import { Client, type ConsentKind, type Restriction } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { auditEntry } from '../repositories/audit-log';
import { nowIso, parseForWrite, putRecord } from '../record-store';
import { personTables, requireClient } from './client-records';
import { eraseWithin, withErasureKeyReplaced, type ErasureCounts } from './erasure';
import { RightsRefusedError } from './rights-refused';
import { markRecordsOf } from './restriction';
import { requirePermission } from '../../security/permissions';

export interface Withdrawal {
  consent: ConsentKind;
  date: string;
  recordedBy: string;
  /** For storage consent only: what happens to the record now. */
  then?: 'erase' | 'restrict';
}

export type WithdrawalResult = { kind: 'recorded'; client: Client } | { kind: 'restricted'; client: Client } | { kind: 'erased'; counts: ErasureCounts };

async function write(client: Client): Promise<Client> {
  const record = parseForWrite('clients', Client, { ...client, updatedAt: nowIso() });
  await putRecord(db().clients, 'clients', record);
  return record;
}

export async function withdrawConsent(clientId: string, withdrawal: Withdrawal): Promise<WithdrawalResult> {
  // Erasing there and then is erasure, and erasure is the administrator's.
  requirePermission(withdrawal.consent === 'storage' && withdrawal.then === 'erase' ? 'rights.erase' : 'consent.record');
  const result = db().transaction('rw', personTables(), async (): Promise<WithdrawalResult> => {
    const client = await requireClient(clientId);
    const given = withdrawal.consent === 'storage' ? client.consents.storage : client.consents[withdrawal.consent];
    if (!given?.given) throw new RightsRefusedError('consent-not-given');
    const entry = { consent: withdrawal.consent, date: withdrawal.date, recordedBy: withdrawal.recordedBy };
    const detail = { consent: withdrawal.consent, then: withdrawal.then ?? 'recorded' };
    if (withdrawal.consent === 'storage' && withdrawal.then === 'erase') {
      const counts = await eraseWithin([clientId]);
      await db().auditLog.add(auditEntry('withdraw-consent', detail, 'erased'));
      await db().auditLog.add(auditEntry('erase-client', { reason: 'storage-consent-withdrawn', ...counts }, 'erased'));
      return { kind: 'erased', counts };
    }
    const withdrawals = [...(client.withdrawals ?? []), entry];
    if (withdrawal.consent === 'storage') {
      const restriction: Restriction = { since: withdrawal.date, reason: 'storage-consent-withdrawn', recordedBy: withdrawal.recordedBy };
      const saved = await write({ ...client, withdrawals, restriction });
      await markRecordsOf(clientId, true);
      await db().auditLog.add(auditEntry('withdraw-consent', { ...detail, then: 'restrict' }, clientId));
      return { kind: 'restricted', client: saved };
    }
    const refused = { given: false, date: withdrawal.date, recordedBy: withdrawal.recordedBy };
    const saved = await write({ ...client, withdrawals, consents: { ...client.consents, [withdrawal.consent]: refused } });
    await db().auditLog.add(auditEntry('withdraw-consent', detail, clientId));
    return { kind: 'recorded', client: saved };
  });
  return withdrawal.consent === 'storage' && withdrawal.then === 'erase' ? withErasureKeyReplaced(result) : result;
}

/**
 * Restricts a record at the person's request: kept, but hidden from lists, search, reports,
 * the advice log, the referral lists and follow-ups (their records are marked in this same
 * transaction).
 */
export async function restrictClient(clientId: string, since: string, recordedBy: string): Promise<Client> {
  requirePermission('consent.record');
  return db().transaction('rw', personTables(), async () => {
    const client = await requireClient(clientId);
    if (client.restriction) throw new RightsRefusedError('already-restricted');
    const saved = await write({ ...client, restriction: { since, reason: 'person-asked', recordedBy } });
    await markRecordsOf(clientId, true);
    await db().auditLog.add(auditEntry('restrict-client', { reason: 'person-asked' }, clientId));
    return saved;
  });
}

/**
 * Lifts a restriction. One that followed withdrawn storage consent needs the person's
 * consent again, recorded here with its date and who recorded it; one the person asked for
 * leaves their consents as they were (storage consent was never withdrawn).
 */
export async function liftRestriction(clientId: string, lifted: { date: string; recordedBy: string }): Promise<Client> {
  requirePermission('consent.record');
  return db().transaction('rw', personTables(), async () => {
    const client = await requireClient(clientId);
    if (!client.restriction) throw new RightsRefusedError('not-restricted');
    const { restriction, ...rest } = client;
    const consents = restriction.reason === 'storage-consent-withdrawn' ? { ...client.consents, storage: { given: true, ...lifted } } : client.consents;
    const saved = await write({ ...rest, consents } as Client);
    await markRecordsOf(clientId, false);
    await db().auditLog.add(auditEntry('lift-restriction', { reason: restriction.reason }, clientId));
    return saved;
  });
}
