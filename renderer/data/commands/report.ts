/**
 * Reading what the Community Intelligence Report needs, and logging each export. The
 * report itself is built in shared/report from these records; nothing personal leaves
 * this module except into that builder, which publishes aggregates only.
 */
import type { ReportInput } from '../../../shared/report/build-report';
import { periodDates, previousPeriod, type ReportPeriod } from '../../../shared/report/period';
import { AdviceEntry, Appointment, Client, Referral, Service, Shift, Volunteer } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { recordAudit } from '../repositories/audit-log';
import { openRecords } from '../record-store';

/**
 * The stored records the report reads, as they are: everything up to the period's end
 * for appointments and advice ("new people" needs to know who came before), and from the
 * previous period's start for shifts. Also what the report benchmark times as the raw read.
 */
export async function readReportRecords(period: ReportPeriod) {
  const { toDate } = periodDates(period);
  const { fromDate: previousFrom } = periodDates(previousPeriod(period));
  const database = db();
  const [clients, appointments, adviceEntries, referrals, services, volunteers, shifts] = await Promise.all([
    database.clients.toArray(),
    database.appointments.where('date').belowOrEqual(toDate).toArray(),
    database.adviceEntries.where('date').belowOrEqual(toDate).toArray(),
    database.referrals.toArray(),
    database.services.toArray(),
    database.volunteers.toArray(),
    database.shifts.where('date').between(previousFrom, toDate, true, true).toArray(),
  ]);
  return { clients, appointments, adviceEntries, referrals, services, volunteers, shifts, previousFrom, toDate };
}

/** The records, checked, in one read transaction: what buildReport takes. */
export async function loadReportInput(period: ReportPeriod): Promise<ReportInput> {
  const database = db();
  return database.transaction('r', [database.clients, database.appointments, database.adviceEntries, database.referrals, database.services, database.volunteers, database.shifts], async () => {
    const raw = await readReportRecords(period);
    // A restricted record (withdrawn storage consent, or at the person's request) is kept
    // but not processed: it and everything of theirs stay out of the report.
    const clients = openRecords('clients', Client, raw.clients);
    const restricted = new Set(clients.filter((c) => c.restriction !== undefined).map((c) => c.id));
    const counted = <T extends { clientId: string }>(record: T) => !restricted.has(record.clientId);
    return {
      clients: clients.filter((c) => !restricted.has(c.id)),
      appointments: openRecords('appointments', Appointment, raw.appointments).filter(counted),
      adviceEntries: openRecords('adviceEntries', AdviceEntry, raw.adviceEntries).filter(counted),
      referrals: openRecords('referrals', Referral, raw.referrals).filter((r) => counted(r) && r.date >= raw.previousFrom && r.date <= raw.toDate),
      services: openRecords('services', Service, raw.services),
      volunteers: openRecords('volunteers', Volunteer, raw.volunteers),
      shifts: openRecords('shifts', Shift, raw.shifts),
    };
  });
}

/** The export log: when, which period and formats, which rules. Never any content. */
export async function recordReportExport(detail: { period: ReportPeriod; formats: string[]; threshold: number; rounding: number; clinic: boolean }): Promise<void> {
  await recordAudit('export-report', {
    from: detail.period.from,
    to: detail.period.to,
    formats: detail.formats,
    threshold: detail.threshold,
    rounding: detail.rounding,
    oneClinic: detail.clinic,
  });
}
