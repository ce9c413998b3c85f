/**
 * The audit and export log: what was done and when, never to whom. Callers pass only
 * non-personal facts (periods, formats, rules, counts); the schema allows nothing else.
 */
import { AuditEntry, type AuditAction } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { newId, nowIso, openRecords, parseForWrite } from '../record-store';

export type AuditDetail = AuditEntry['detail'];

/** Builds an entry; write it with `db().auditLog.add` inside the command's own transaction. */
export function auditEntry(action: AuditAction, detail: AuditDetail = {}): AuditEntry {
  return parseForWrite('auditLog', AuditEntry, { id: newId(), at: nowIso(), action, detail });
}

/** Records an action on its own (when it is not part of a larger write). */
export async function recordAudit(action: AuditAction, detail: AuditDetail = {}): Promise<AuditEntry> {
  const entry = auditEntry(action, detail);
  await db().transaction('rw', db().auditLog, () => db().auditLog.add(entry));
  return entry;
}

export async function listAuditLog(limit = 200): Promise<AuditEntry[]> {
  const stored = await db().auditLog.orderBy('at').reverse().limit(limit).toArray();
  return openRecords('auditLog', AuditEntry, stored);
}
