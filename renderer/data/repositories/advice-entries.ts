/** Advice log entries (case notes). Newest conversation first. */
import { AdviceEntry, AdviceEntryInput } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { entityRepository } from '../entity-repository';
import { openRecords } from '../record-store';

export const adviceEntries = entityRepository({
  name: 'adviceEntries',
  table: () => db().adviceEntries,
  input: AdviceEntryInput,
  stored: AdviceEntry,
  compare: (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
});

/** A client's entries, for their timeline: one index lookup. */
export async function adviceEntriesForClient(clientId: string): Promise<AdviceEntry[]> {
  const stored = await db().adviceEntries.where('clientId').equals(clientId).toArray();
  return openRecords('adviceEntries', AdviceEntry, stored).sort((a, b) => b.date.localeCompare(a.date));
}

/** Entries in a date range (inclusive), for lists and the report: an index range read. */
export async function adviceEntriesBetween(from: string, to: string): Promise<AdviceEntry[]> {
  const stored = await db().adviceEntries.where('date').between(from, to, true, true).toArray();
  return openRecords('adviceEntries', AdviceEntry, stored);
}
