/**
 * The audit log: what was done, by whom (the signed-in user's id and role) and to which
 * record by id, when. Callers pass only non-personal facts (kinds, periods, formats, rules,
 * counts); the schema allows nothing else. Generic writes are logged by the audit trail
 * middleware (renderer/db/audit-trail.ts); this file is for what a write cannot tell:
 * which file left the machine, whose record was opened, what a command meant.
 */
import { AuditEntry, type AuditAction, type ExportKind } from '../../../shared/schemas';
import { auditActor } from '../../db/audit-actor';
import { db } from '../../db/instance';
import { newId, nowIso, openRecords, parseForWrite } from '../record-store';
import { requirePermission, requireSignedIn } from '../../security/permissions';
import type { Permission } from '../../../shared/security/roles';

export type AuditDetail = AuditEntry['detail'];

/** Who may take each kind of file out of the machine: the role that may read what it holds. */
const EXPORT_PERMISSION: Readonly<Record<ExportKind, Permission>> = {
  'day-sheet': 'daySheet.print',
  'appointment-slip': 'daySheet.print',
  'referral-summary': 'referrals.read',
  rota: 'volunteers.read',
  'volunteer-shifts': 'volunteers.read',
  'volunteer-hours': 'volunteers.read',
  report: 'report.build',
  'subject-access': 'rights.subjectAccess',
  backup: 'backups.manage',
  'record-needing-attention': 'settings.write',
};

/** Builds an entry; write it with `db().auditLog.add` inside the command's own transaction. */
export function auditEntry(action: AuditAction, detail: AuditDetail = {}, subjectId?: string): AuditEntry {
  return parseForWrite('auditLog', AuditEntry, {
    id: newId(),
    at: nowIso(),
    action,
    ...auditActor(),
    ...(subjectId ? { subjectId } : {}),
    detail,
  });
}

/** Records an action on its own (when it is not part of a larger write). */
export async function recordAudit(action: AuditAction, detail: AuditDetail = {}, subjectId?: string): Promise<AuditEntry> {
  requireSignedIn();
  const entry = auditEntry(action, detail, subjectId);
  await db().transaction('rw', db().auditLog, () => db().auditLog.add(entry));
  return entry;
}

/** A client's page was opened: logged with the client's id, never their name. */
export async function recordClientOpened(clientId: string): Promise<AuditEntry> {
  requirePermission('clients.read');
  return recordAudit('open-client', {}, clientId);
}

/**
 * A file left the machine (printed, saved or downloaded). The kind says what it was; the
 * file's name is not kept, since some carry a person's name.
 */
export async function recordFileExport(kind: ExportKind, facts: { format: string; count?: number; subjectId?: string }): Promise<AuditEntry> {
  requirePermission(EXPORT_PERMISSION[kind]);
  const { subjectId, ...detail } = facts;
  return recordAudit('export-file', { kind, ...detail }, subjectId);
}

export async function listAuditLog(limit = 200): Promise<AuditEntry[]> {
  requirePermission('audit.read');
  const stored = await db().auditLog.orderBy('at').reverse().limit(limit).toArray();
  return await openRecords('auditLog', AuditEntry, stored);
}

export interface AuditFilter {
  /** A user's id, or 'nobody' for entries made with no one signed in. */
  actorId?: string;
  action?: AuditAction;
  /** Calendar dates, inclusive, in the laptop's own day (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Whether older entries match beyond this page. */
  more: boolean;
}

/** The instant a local calendar day starts, as stored in `at`. */
function startOfDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toISOString();
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d! + 1).toISOString();
}

/**
 * One page of the log, newest first, matching the filter. The date range is an index
 * range on `at`; user and kind are checked entry by entry within it.
 */
export async function auditLogPage(filter: AuditFilter, page: number, pageSize = 50): Promise<AuditPage> {
  requirePermission('audit.read');
  const lower = filter.from ? startOfDay(filter.from) : '';
  const upper = filter.to ? nextDay(filter.to) : '\uffff';
  const matches = (entry: AuditEntry): boolean =>
    (filter.action === undefined || entry.action === filter.action) &&
    (filter.actorId === undefined || (filter.actorId === 'nobody' ? entry.actorId === undefined : entry.actorId === filter.actorId));
  const stored = await db()
    .auditLog.where('at')
    .between(lower, upper, true, false)
    .reverse()
    .filter((entry) => matches(entry))
    .offset(page * pageSize)
    .limit(pageSize + 1)
    .toArray();
  const entries = await openRecords('auditLog', AuditEntry, stored);
  return { entries: entries.slice(0, pageSize), more: entries.length > pageSize };
}
