/**
 * The audit log: what was done, by which signed-in user, when, and to which record by id;
 * never a personal value (no names, contact details, free text). Details hold kinds,
 * formats, periods and counts only, so the log itself can be shown to the administrator.
 */
import { z } from 'zod';
import { ROLES } from '../security/roles';
import { Id, IsoDateTime } from './common';

export const AUDIT_ACTIONS = [
  'export-report',
  'export-client-data',
  'erase-client',
  'import-directory',
  'import-clients',
  'load-demo-data',
  'remove-demo-data',
  'print',
  /** A record that needed attention was saved as JSON, or its fields corrected by hand. */
  'export-record',
  'fix-record',
  'make-backup',
  'restore-backup',
  /** Any write to the data, counted by table and operation (renderer/data/audit/audit-trail.ts). */
  'write',
  /** A client's page was opened. */
  'open-client',
  /** A file left the machine: a sheet printed or saved, a calendar, a spreadsheet. */
  'export-file',
  /** A consent was withdrawn; detail.consent says which. */
  'withdraw-consent',
  /** A client's record was restricted (kept, hidden from lists and reports) or lifted. */
  'restrict-client',
  'lift-restriction',
  /** A client registered by mistake (no history) was deleted. */
  'delete-client',
  /** Two records of one person were merged into one. */
  'merge-clients',
  /** People past the retention period were erased, one batch. */
  'erase-past-retention',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

/** A file that leaves the machine, by what it is (never its name, which may hold a name). */
export const EXPORT_KINDS = [
  'day-sheet',
  'appointment-slip',
  'referral-summary',
  'rota',
  'volunteer-shifts',
  'volunteer-hours',
  'report',
  'subject-access',
  'backup',
  'record-needing-attention',
] as const;
export const ExportKind = z.enum(EXPORT_KINDS);
export type ExportKind = z.infer<typeof ExportKind>;

export const AuditEntry = z.object({
  id: Id,
  at: IsoDateTime,
  action: AuditAction,
  /** The signed-in user's id and role; absent when no one was signed in. */
  actorId: Id.optional(),
  actorRole: z.enum(ROLES).optional(),
  /** The one client this entry is about, by id; 'erased' once that person has been erased. */
  subjectId: Id.optional(),
  /** Non-personal facts: period, formats, rules used, kinds, counts. */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).default({}),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** What an erased person's audit entries name instead of their id. */
export const ERASED_SUBJECT = 'erased';
