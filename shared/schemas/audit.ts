/**
 * The audit and export log: what happened, never to whom. Entries hold no personal data
 * (no names, ids of clients or free text), so the log itself can be shown or exported.
 */
import { z } from 'zod';
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
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEntry = z.object({
  id: Id,
  at: IsoDateTime,
  action: AuditAction,
  /** Non-personal facts: period, formats, rules used, counts. */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).default({}),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
