/** Advice log entries (case notes). Newest conversation first. */
import { AdviceEntry, AdviceEntryInput } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { entityRepository } from '../entity-repository';
import { openRecords } from '../record-store';
import { pageOf, type Page } from './pages';
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
 * db/listed.ts: they stay on the person's own page, not in the forum-wide log).
 */
export async function adviceLogPage(from: string, to: string, offset: number, limit: number): Promise<Page<AdviceEntry>> {
  requirePermission('advice.read');
  const { stored, total } = await pageOf(() => db().adviceEntries.where('listedDate').between(from, to, true, true).reverse(), offset, limit);
  return { rows: await openRecords('adviceEntries', AdviceEntry, stored), total, offset };
}

/**
 * How many entries from `from` to `to` the advice log left out as restricted people's,
 * given how many it listed: the period's `date` count less `listed` (`listedDate` is
 * present unless `clientRestricted`). An index count, no record read; asked after the page
 * has painted, so it never delays the first rows.
 */
export async function adviceLogLeftOut(from: string, to: string, listed: number): Promise<number> {
  requirePermission('advice.read');
  return Math.max(0, (await db().adviceEntries.where('date').between(from, to, true, true).count()) - listed);
}

/** Entries in a date range (inclusive), for lists and the report: an index range read. */
export async function adviceEntriesBetween(from: string, to: string): Promise<AdviceEntry[]> {
  requirePermission('advice.read');
  const stored = await db().adviceEntries.where('date').between(from, to, true, true).toArray();
  return await openRecords('adviceEntries', AdviceEntry, stored);
}
