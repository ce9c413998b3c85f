/**
 * Reading what the Community Intelligence Report needs, and logging each export. The
 * report itself is built in shared/report from these records; nothing personal leaves
 * this module except into that builder, which publishes aggregates only.
 */
import type { ReportInput } from '../../../shared/report/build-report';
import { periodDates, previousPeriod, type ReportPeriod } from '../../../shared/report/period';
import { AdviceEntry, Appointment, Client, Referral, Service, Shift, Volunteer } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { auditEntry } from '../repositories/audit-log';
import { openRecords } from '../record-store';

/**
 * Everything up to the period's end for appointments and advice ("new people" needs to
 * know who came before), and from the previous period's start for the rest.
 */
export async function loadReportInput(period: ReportPeriod): Promise<ReportInput> {
  const { toDate } = periodDates(period);
  const { fromDate: previousFrom } = periodDates(previousPeriod(period));
  const database = db();
  return database.transaction('r', [database.clients, database.appointments, database.adviceEntries, database.referrals, database.services, database.volunteers, database.shifts], async () => {
    const [clients, appointments, adviceEntries, referrals, services, volunteers, shifts] = await Promise.all([
      database.clients.toArray(),
      database.appointments.where('date').belowOrEqual(toDate).toArray(),
      database.adviceEntries.where('date').belowOrEqual(toDate).toArray(),
      database.referrals.toArray(),
      database.services.toArray(),
      database.volunteers.toArray(),
      database.shifts.where('date').between(previousFrom, toDate, true, true).toArray(),
    ]);
    return {
      clients: openRecords('clients', Client, clients),
      appointments: openRecords('appointments', Appointment, appointments),
      adviceEntries: openRecords('adviceEntries', AdviceEntry, adviceEntries),
      referrals: openRecords('referrals', Referral, referrals).filter((r) => r.date >= previousFrom && r.date <= toDate),
      services: openRecords('services', Service, services),
      volunteers: openRecords('volunteers', Volunteer, volunteers),
      shifts: openRecords('shifts', Shift, shifts),
    };
  });
}

/** The export log: when, which period and formats, which rules. Never any content. */
export async function recordReportExport(detail: { period: ReportPeriod; formats: string[]; threshold: number; rounding: number; clinic: boolean }): Promise<void> {
  const entry = auditEntry('export-report', {
    from: detail.period.from,
    to: detail.period.to,
    formats: detail.formats,
    threshold: detail.threshold,
    rounding: detail.rounding,
    oneClinic: detail.clinic,
  });
  await db().transaction('rw', db().auditLog, () => db().auditLog.add(entry));
}
