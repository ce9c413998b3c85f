/**
 * Everything stored about one or more clients, by table: what erasure deletes, what a
 * merge moves and what a subject access export reads. Call inside a transaction over
 * PERSON_TABLES so the read and the write that follows see the same records.
 */
import { Client } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { openRecord } from '../record-store';
import { RightsRefusedError } from './rights-refused';

/** Every table a client's data lives in, plus the audit log, their data key and the directory's snapshot. */
export const personTables = () => {
  const database = db();
  return [database.clients, database.appointments, database.adviceEntries, database.referrals, database.auditLog, database.dataKeys, database.directorySnapshots];
};

export interface RecordKeys {
  appointments: string[];
  adviceEntries: string[];
  referrals: string[];
}

export async function recordKeysOf(clientIds: readonly string[]): Promise<RecordKeys> {
  const database = db();
  const ids = [...clientIds];
  const [appointments, adviceEntries, referrals] = await Promise.all([
    database.appointments.where('clientId').anyOf(ids).primaryKeys(),
    database.adviceEntries.where('clientId').anyOf(ids).primaryKeys(),
    database.referrals.where('clientId').anyOf(ids).primaryKeys(),
  ]);
  return { appointments, adviceEntries, referrals };
}

export async function requireClient(clientId: string): Promise<Client> {
  const client = await openRecord('clients', Client, await db().clients.get(clientId));
  if (!client) throw new RightsRefusedError('client-missing');
  return client;
}
