/**
 * Retention review: the people whose last contact (registration, appointment, advice or
 * referral) is older than the forum's retention period, and their erasure in batches, one
 * transaction per batch, with progress. Only records dated on or after the cut-off are
 * read to rule people out, so the review stays quick on a large forum.
 */
import { isPastRetention, lastContactDate, retentionCutoff } from '../../../shared/privacy/retention';
import { Client } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { getSettings } from '../repositories/settings';
import { auditEntry } from '../repositories/audit-log';
import { openRecords } from '../record-store';
import { personTables } from './client-records';
import { eraseWithin, withErasureKeyReplaced } from './erasure';
import { requirePermission } from '../../security/permissions';

export interface PastRetention {
  client: Client;
  lastContact: string;
}

export async function peoplePastRetention(today: string): Promise<{ years: number; cutoff: string; people: PastRetention[] }> {
  requirePermission('rights.erase');
  const { retentionYears: years } = await getSettings();
  const cutoff = retentionCutoff(today, years);
  const database = db();
  return database.transaction('r', [database.clients, database.appointments, database.adviceEntries, database.referrals], async () => {
    const recent = new Set<string>();
    await database.appointments.where('date').aboveOrEqual(cutoff).each((a) => recent.add(a.clientId));
    await database.adviceEntries.where('date').aboveOrEqual(cutoff).each((a) => recent.add(a.clientId));
    const referrals = await database.referrals.toArray();
    for (const r of referrals) if (r.date >= cutoff) recent.add(r.clientId);
    const candidates = (await openRecords('clients', Client, await database.clients.toArray())).filter((c) => !recent.has(c.id) && c.createdAt.slice(0, 10) < cutoff);
    if (candidates.length === 0) return { years, cutoff, people: [] };
    const ids = candidates.map((c) => c.id);
    const dates = new Map<string, string[]>(ids.map((id) => [id, []]));
    await database.appointments.where('clientId').anyOf(ids).each((a) => dates.get(a.clientId)?.push(a.date));
    await database.adviceEntries.where('clientId').anyOf(ids).each((a) => dates.get(a.clientId)?.push(a.date));
    for (const r of referrals) dates.get(r.clientId)?.push(r.date);
    const people = candidates
      .map((client) => ({ client, lastContact: lastContactDate([client.createdAt, ...(dates.get(client.id) ?? [])]) }))
      .filter((p) => isPastRetention(p.lastContact, today, years))
      .sort((a, b) => a.lastContact.localeCompare(b.lastContact));
    return { years, cutoff, people };
  });
}

export const RETENTION_BATCH = 50;

/**
 * Erases these people a batch at a time (each batch one transaction: a batch is erased
 * whole or not at all), reporting how many are done after each.
 */
export async function erasePastRetention(clientIds: readonly string[], onProgress: (done: number, total: number) => void, batchSize = RETENTION_BATCH): Promise<number> {
  requirePermission('rights.erase');
  return withErasureKeyReplaced(eraseInBatches(clientIds, onProgress, batchSize));
}

async function eraseInBatches(clientIds: readonly string[], onProgress: (done: number, total: number) => void, batchSize: number): Promise<number> {
  let done = 0;
  for (let start = 0; start < clientIds.length; start += batchSize) {
    const batch = clientIds.slice(start, start + batchSize);
    await db().transaction('rw', personTables(), async () => {
      // Someone may have been erased or merged since the list was made: skip them.
      const present = (await db().clients.bulkGet([...batch])).filter((c) => c !== undefined).map((c) => c.id);
      const counts = await eraseWithin(present);
      await db().auditLog.add(auditEntry('erase-past-retention', { ...counts }));
    });
    done += batch.length;
    onProgress(done, clientIds.length);
  }
  return done;
}
