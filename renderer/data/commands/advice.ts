/**
 * Logging advice. The entry is checked against the regulated-advice rule inside the
 * transaction that writes it: immigration advice needs an adviser whose volunteer record
 * holds a current immigration-advice accreditation (anyone may record a signposting).
 */
import { isAdviser } from '../../../shared/advice/follow-ups';
import { checkImmigrationAdvice } from '../../../shared/advice/immigration-rule';
import { AdviceEntry, AdviceEntryInput, Volunteer } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { pageOf, type Page } from '../repositories/pages';
import { getSettings } from '../repositories/settings';
import { newId, nowIso, openRecord, openRecords, parseForWrite, parseInput, putRecord } from '../record-store';
import { CommandRefusedError, ValidationError } from '../validation-error';
import { messageCode } from '../../../shared/messages/message-code';
import { requirePermission } from '../../security/permissions';
import { refuseIfRestricted } from '../privacy/restriction';

/** The volunteer an adviser's name (or id) refers to, if there is one. */
async function findAdviser(input: { adviserId?: string | undefined; adviserName: string }): Promise<Volunteer | undefined> {
  if (input.adviserId) return await openRecord('volunteers', Volunteer, await db().volunteers.get(input.adviserId));
  const wanted = input.adviserName.trim().toLocaleLowerCase('en-GB');
  const all = await openRecords('volunteers', Volunteer, await db().volunteers.toArray());
  return all.find((v) => v.active && v.name.trim().toLocaleLowerCase('en-GB') === wanted);
}

async function checkedEntry(raw: AdviceEntryInput, today: string) {
  const fields = parseInput('adviceEntries', AdviceEntryInput, raw);
  const adviser = await findAdviser(fields);
  const settings = await getSettings();
  const verdict = checkImmigrationAdvice(fields, adviser ? { name: adviser.name, checks: adviser.checks } : undefined, today, settings.issueCategories);
  if (!verdict.ok) throw new ValidationError('adviceEntries', [{ path: ['categories'], message: verdict.message }]);
  return { ...fields, ...(adviser ? { adviserId: adviser.id, adviserName: adviser.name } : {}) };
}

const tables = () => [db().adviceEntries, db().volunteers, db().settings, db().clients];

export async function logAdvice(raw: AdviceEntryInput, today: string): Promise<AdviceEntry> {
  requirePermission('advice.write');
  return db().transaction('rw', tables(), async () => {
    const fields = await checkedEntry(raw, today);
    // New advice is new processing: refused for a restricted person (an existing entry may still be corrected).
    await refuseIfRestricted(fields.clientId);
    const at = nowIso();
    const entry = parseForWrite('adviceEntries', AdviceEntry, { ...fields, id: newId(), createdAt: at, updatedAt: at });
    await putRecord(db().adviceEntries, 'adviceEntries', entry);
    return entry;
  });
}

export async function updateAdvice(id: string, raw: AdviceEntryInput, today: string): Promise<AdviceEntry> {
  requirePermission('advice.write');
  return db().transaction('rw', tables(), async () => {
    const existing = await openRecord('adviceEntries', AdviceEntry, await db().adviceEntries.get(id));
    if (!existing) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'adviceEntries' }));
    const fields = await checkedEntry(raw, today);
    const entry = parseForWrite('adviceEntries', AdviceEntry, { ...existing, ...fields, updatedAt: nowIso() });
    await putRecord(db().adviceEntries, 'adviceEntries', entry);
    return entry;
  });
}

export async function setFollowUpDone(id: string, done: boolean): Promise<AdviceEntry> {
  requirePermission('advice.write');
  return db().transaction('rw', db().adviceEntries, async () => {
    const existing = await openRecord('adviceEntries', AdviceEntry, await db().adviceEntries.get(id));
    if (!existing) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'adviceEntries' }));
    const entry = parseForWrite('adviceEntries', AdviceEntry, { ...existing, followUpDone: done, updatedAt: nowIso() });
    await putRecord(db().adviceEntries, 'adviceEntries', entry);
    return entry;
  });
}

export interface FollowUpQuery {
  /** Due dates, inclusive (followUpWindow in shared/advice/follow-ups.ts). */
  from: string;
  to: string;
  /** Only this adviser's; names are compared once the entries are read (they are not indexed). */
  adviserName?: string | undefined;
}

/**
 * Follow-ups not yet done, due in a window, most overdue first, a page at a time: a range
 * of the openFollowUp index, which holds only open ones and none of a restricted person's
 * (db/open-follow-up.ts): no one is prompted to contact someone whose record is restricted.
 */
export async function openFollowUpsPage(query: FollowUpQuery, offset: number, limit: number): Promise<Page<AdviceEntry>> {
  requirePermission('advice.read');
  const range = () => db().adviceEntries.where('openFollowUp').between(query.from, query.to, true, true);
  const adviser = query.adviserName?.trim();
  if (!adviser) {
    const { stored, total } = await pageOf(range, offset, limit);
    return { rows: await openRecords('adviceEntries', AdviceEntry, stored), total, offset };
  }
  const theirs = (await openRecords('adviceEntries', AdviceEntry, await range().toArray())).filter((entry) => isAdviser(entry, adviser));
  return { rows: theirs.slice(offset, offset + limit), total: theirs.length, offset };
}
