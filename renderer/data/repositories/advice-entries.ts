/** Advice log entries (case notes). Newest conversation first. */
import { AdviceEntry, AdviceEntryInput } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { entityRepository } from '../entity-repository';
import { openRecords } from '../record-store';
import { pageOf, type ListedPage } from './pages';
import { requirePermission } from '../../security/permissions';

export const adviceEntries = entityRepository({
  name: 'adviceEntries',
  access: { read: 'advice.read', write: 'advice.write' },
  table: () => db().adviceEntries,
  input: AdviceEntryInput,
  stored: AdviceEntry,
  compare: (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
});

/** A client's entries, newest first (at most `limit`): one range of [clientId+date] read backwards. */
export async function adviceEntriesForClient(clientId: string, limit = Infinity): Promise<AdviceEntry[]> {
  requirePermission('advice.read');
  const stored = await db()
    .adviceEntries.where('[clientId+date]')
    .between([clientId, ''], [clientId, '\uffff'])
    .reverse()
    .limit(limit)
    .toArray();
  return openRecords('adviceEntries', AdviceEntry, stored);
}

/**
 * The advice log: entries dated from `from` to `to` (inclusive), newest first, a page at a
 * time by the `listedDate` index, which leaves out restricted people's entries (see
 * db/listed.ts: they stay on the person's own page, not in the forum-wide log). How many
 * were left out is two index counts apart: every entry of the period (`date`) less those
 * listed (`listedDate`, present unless `clientRestricted`), with no record read.
 */
export async function adviceLogPage(from: string, to: string, offset: number, limit: number): Promise<ListedPage<AdviceEntry>> {
  requirePermission('advice.read');
  const [{ stored, total }, all] = await Promise.all([
    pageOf(() => db().adviceEntries.where('listedDate').between(from, to, true, true).reverse(), offset, limit),
    db().adviceEntries.where('date').between(from, to, true, true).count(),
  ]);
  return { rows: await openRecords('adviceEntries', AdviceEntry, stored), total, offset, restrictedLeftOut: Math.max(0, all - total) };
}

/** Entries in a date range (inclusive), for lists and the report: an index range read. */
export async function adviceEntriesBetween(from: string, to: string): Promise<AdviceEntry[]> {
  requirePermission('advice.read');
  const stored = await db().adviceEntries.where('date').between(from, to, true, true).toArray();
  return await openRecords('adviceEntries', AdviceEntry, stored);
}
