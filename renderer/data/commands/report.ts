/**
 * Reading what the Community Intelligence Report needs, and logging each export. The
 * report itself is built in shared/report from these records (on screen, in the report
 * worker: report-input/); nothing personal leaves except into that builder, which
 * publishes aggregates only.
 */
import type { ReportInput } from '../../../shared/report/build-report';
import { periodDates, previousPeriod, type ReportPeriod } from '../../../shared/report/period';
import { db } from '../../db/instance';
import { recordAudit } from '../repositories/audit-log';
import { decoderFor } from '../report-input/decode-records';
import { readReportInput, type ReadProgress } from '../report-input/read-report-input';
import { requirePermission } from '../../security/permissions';

/**
 * The stored records as the report read them before first contact dates were kept:
 * everything up to the period's end for appointments and advice, every client and
 * referral, and shifts from the previous period's start. The report benchmark times it
 * as its raw-read reference.
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

/**
 * What buildReport takes, read a piece at a time (report-input/read-report-input.ts): the
 * report screen does this in a worker; tests and benchmarks call it here.
 */
export async function loadReportInput(period: ReportPeriod, options: { clinicId?: string; onProgress?: ReadProgress } = {}): Promise<ReportInput> {
  const { role } = requirePermission('report.build');
  return readReportInput(db(), { period, role, ...(options.clinicId !== undefined ? { clinicId: options.clinicId } : {}) }, decoderFor(undefined), options.onProgress);
}

/** The export log: when, which period and formats, which rules. Never any content. */
export async function recordReportExport(detail: { period: ReportPeriod; formats: string[]; threshold: number; rounding: number; clinic: boolean }): Promise<void> {
  requirePermission('report.build');
  await recordAudit('export-report', {
    from: detail.period.from,
    to: detail.period.to,
    formats: detail.formats,
    threshold: detail.threshold,
    rounding: detail.rounding,
    oneClinic: detail.clinic,
  });
}
