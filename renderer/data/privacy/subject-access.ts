/**
 * Subject access (UK GDPR article 15): everything held about one person, read in one
 * transaction: their details and consents, appointments, advice, referrals, and the audit
 * entries about them (who opened, changed or exported their record, by role and user).
 * The screen shows it as a printable sheet and saves it as JSON; both are logged.
 */
import type { Client} from '../../../shared/schemas';
import { AdviceEntry, Appointment, AuditEntry, Clinic, Referral, Service } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { getSettings } from '../repositories/settings';
import { openRecords } from '../record-store';
import { requireClient } from './client-records';
import { requirePermission } from '../../security/permissions';

export interface SubjectAccessRecord {
  forumName: string;
  generatedAt: string;
  client: Client;
  appointments: (Appointment & { clinicName?: string })[];
  advice: (AdviceEntry & { categoryLabels: string[] })[];
  referrals: (Referral & { serviceName?: string })[];
  /** Who did what with the record: when, what, and the user's role and name if known. */
  accessLog: { at: string; action: AuditEntry['action']; role?: string; user?: string; detail: AuditEntry['detail'] }[];
}

export async function subjectAccessRecord(clientId: string, generatedAt: string): Promise<SubjectAccessRecord> {
  requirePermission('rights.subjectAccess');
  const database = db();
  const tables = [database.clients, database.appointments, database.adviceEntries, database.referrals, database.clinics, database.services, database.auditLog, database.users, database.settings];
  return database.transaction('r', tables, async () => {
    const client = await requireClient(clientId);
    const settings = await getSettings();
    const [appointments, advice, referrals, clinics, services, audit, users] = await Promise.all([
      database.appointments.where('clientId').equals(clientId).toArray(),
      database.adviceEntries.where('clientId').equals(clientId).toArray(),
      database.referrals.where('clientId').equals(clientId).toArray(),
      database.clinics.toArray(),
      database.services.toArray(),
      database.auditLog.where('subjectId').equals(clientId).toArray(),
      database.users.toArray(),
    ]);
    const clinicNames = new Map((await openRecords('clinics', Clinic, clinics)).map((c) => [c.id, c.name]));
    const serviceNames = new Map((await openRecords('services', Service, services)).map((s) => [s.id, s.name]));
    const categoryLabels = new Map(settings.issueCategories.map((c) => [c.id, c.label]));
    const userNames = new Map(users.map((u) => [u.id, u.name]));
    const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);
    return {
      forumName: settings.forumName,
      generatedAt,
      client,
      appointments: (await openRecords('appointments', Appointment, appointments))
        .map((a) => ({ ...a, ...(clinicNames.has(a.clinicId) ? { clinicName: clinicNames.get(a.clinicId) } : {}) }))
        .sort(byDate),
      advice: (await openRecords('adviceEntries', AdviceEntry, advice))
        .map((a) => ({ ...a, categoryLabels: a.categories.map((id) => categoryLabels.get(id) ?? id) }))
        .sort(byDate),
      referrals: (await openRecords('referrals', Referral, referrals))
        .map((r) => ({ ...r, ...(serviceNames.has(r.serviceId) ? { serviceName: serviceNames.get(r.serviceId) } : {}) }))
        .sort(byDate),
      accessLog: (await openRecords('auditLog', AuditEntry, audit))
        .sort((a, b) => a.at.localeCompare(b.at))
        .map((e) => ({
          at: e.at,
          action: e.action,
          ...(e.actorRole ? { role: e.actorRole } : {}),
          ...(e.actorId && userNames.has(e.actorId) ? { user: userNames.get(e.actorId) } : {}),
          detail: e.detail,
        })),
    };
  });
}

/** The JSON file: the whole record, readable, with the forum and the date it was made. */
export function subjectAccessJson(record: SubjectAccessRecord): string {
  return `${JSON.stringify({ format: 'signpost-subject-access', version: 1, ...record }, null, 2)}\n`;
}
