/**
 * The schema every table's records must fit. A restore parses every record with these
 * before the restored data is used; a backup lists the records that did not fit when it
 * was made (kept as they were, never dropped). Typed by TableName, so a new table cannot
 * be added to the database without saying how its records are checked.
 */
import type { z } from 'zod';
import { AdviceEntry, Appointment, AuditEntry, Client, Clinic, FirstContact, Referral, Service, Session, Settings, Shift, Volunteer } from '../../../shared/schemas';
import { UserRecord } from '../../../shared/security/user';
import { DataKeyRow, DirectorySnapshotsTableRow, ReportFactsRow, VaultRecord } from '../../../shared/security/vault-records';
import type { TableName } from '../../db/database';
import { storedFits } from '../personal-fields';

export const TABLE_SCHEMAS: Readonly<Record<TableName, z.ZodType>> = {
  clients: Client,
  clinics: Clinic,
  sessions: Session,
  appointments: Appointment,
  adviceEntries: AdviceEntry,
  services: Service,
  referrals: Referral,
  volunteers: Volunteer,
  shifts: Shift,
  settings: Settings,
  auditLog: AuditEntry,
  users: UserRecord,
  dataKeys: DataKeyRow,
  vault: VaultRecord,
  firstContacts: FirstContact,
  directorySnapshots: DirectorySnapshotsTableRow,
  reportFacts: ReportFactsRow,
};

export function isKnownTable(name: string): name is TableName {
  return Object.hasOwn(TABLE_SCHEMAS, name);
}

/** A stored record's key, as text, for lists of records that need attention. */
export function storedId(record: unknown): string {
  if (typeof record !== 'object' || record === null) return '?';
  const value = 'id' in record ? record.id : 'key' in record ? record.key : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '?';
}

/** True when a stored record (personal fields sealed) fits its table's schema. */
export function storedRecordFits(table: TableName, record: unknown): Promise<boolean> {
  return storedFits(table, TABLE_SCHEMAS[table], record);
}
