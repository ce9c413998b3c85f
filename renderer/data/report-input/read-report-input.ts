/**
 * What a Community Intelligence Report needs, read a piece at a time: the period's
 * appointments, the advice entries of the period and the one before it (for emerging
 * issues), the referrals of both, the shifts, and the clients those records name, with
 * each client's first contact date (kept by the database, db/first-contacts.ts) instead
 * of every contact since the forum began.
 *
 * Each piece (a table's month, a batch of clients) is its own short read transaction, so a
 * volunteer saving a record never waits for the report, and progress can be told as it
 * goes. Records are opened through the one decoder (decode-records.ts). A restricted client
 * (withdrawn storage consent, or at their request) and everything of theirs stay out.
 */
import type { ReportInput } from '../../../shared/report/build-report';
import { monthsIn, periodDates, previousPeriod, type ReportPeriod } from '../../../shared/report/period';
import { AdviceEntry, Appointment, Client, Referral, REFERRAL_STATUSES, Service, Shift, Volunteer } from '../../../shared/schemas';
import type { SignpostDatabase } from '../../db/database';
import { can, type Role } from '../../../shared/security/roles';
import type { RecordDecoder } from './decode-records';

export interface ReportRead {
  period: ReportPeriod;
  /** A one-clinic report. */
  clinicId?: string;
  /**
   * The signed-in user's role, from the main thread: the worker has no session of its own,
   * so it checks the role it was given before it reads a record.
   */
  role: Role | undefined;
}

/** The role this read was asked for may not build the report: nothing was read. */
export class ReportNotForRoleError extends Error {
  constructor() {
    super('The report is not available to this role.');
    this.name = 'ReportNotForRoleError';
  }
}

/** How far the read has got, 0 to 1. */
export type ReadProgress = (fraction: number) => void;

const CLIENT_BATCH = 2_000;

const monthRange = (month: string): [string, string] => [`${month}-01`, `${month}-31`];

export async function readReportInput(database: SignpostDatabase, request: ReportRead, decoder: RecordDecoder, onProgress: ReadProgress = () => undefined): Promise<ReportInput> {
  if (!can(request.role, 'report.build')) throw new ReportNotForRoleError();
  const { period, clinicId } = request;
  const current = monthsIn(period);
  const both = [...monthsIn(previousPeriod(period)), ...current];
  const { fromDate: previousFrom } = periodDates(previousPeriod(period));
  const { toDate } = periodDates(period);

  // Steps, for progress: a month of each dated table, shifts, the directory tables, clients, and the rest.
  const total = current.length + 2 * both.length + 4;
  let done = 0;
  const step = () => onProgress(Math.min(1, ++done / total));
  const readMonth = (table: 'appointments' | 'adviceEntries' | 'referrals', month: string): Promise<unknown[]> => {
    const [from, to] = monthRange(month);
    if (table !== 'referrals') return database.table(table).where('date').between(from, to, true, true).toArray();
    // Referrals are indexed by [status+date]: one range per status, in one transaction.
    return database
      .transaction('r', database.referrals, () =>
        Promise.all(REFERRAL_STATUSES.map((status) => database.referrals.where('[status+date]').between([status, from], [status, to], true, true).toArray())),
      )
      .then((lists) => lists.flat());
  };
  // Month by month, the next month read from IndexedDB while this one is opened.
  const byMonth = async <T>(table: 'appointments' | 'adviceEntries' | 'referrals', months: readonly string[], open: (stored: unknown[]) => Promise<T[]>): Promise<T[]> => {
    const out: T[] = [];
    const ahead = (i: number) => {
      if (i >= months.length) return undefined;
      const pending = readMonth(table, months[i]!);
      pending.catch(() => undefined); // Rejections surface where it is awaited.
      return pending;
    };
    let next = ahead(0);
    for (let i = 0; i < months.length; i++) {
      const stored = await next!;
      next = ahead(i + 1);
      out.push(...(await open(stored)));
      step();
    }
    return out;
  };

  // The tables are read side by side: IndexedDB works on one while the worker opens another.
  const [appointments, adviceEntries, referrals, shifts, [services, volunteers]] = await Promise.all([
    byMonth('appointments', current, (s) => decoder.open('appointments', Appointment, s)),
    byMonth('adviceEntries', both, (s) => decoder.open('adviceEntries', AdviceEntry, s)),
    byMonth('referrals', both, (s) => decoder.open('referrals', Referral, s)),
    database.shifts
      .where('date')
      .between(previousFrom, toDate, true, true)
      .toArray()
      .then((s) => decoder.open('shifts', Shift, s))
      .finally(step),
    Promise.all([
      database.services.toArray().then((s) => decoder.open('services', Service, s)),
      database.volunteers.toArray().then((s) => decoder.open('volunteers', Volunteer, s)),
    ]).finally(step),
  ]);

  if (clinicId !== undefined) await addWhatOneClinicNeeds(database, decoder, { appointments, adviceEntries, referrals }, { fromDate: `${period.from}-01`, toDate });
  step();

  // Only the clients these records name: who they are, and whether they are restricted.
  const named = [...new Set([...appointments, ...adviceEntries, ...referrals].map((r) => r.clientId))];
  const clients: Client[] = [];
  for (let i = 0; i < named.length; i += CLIENT_BATCH) {
    const stored = (await database.clients.bulkGet(named.slice(i, i + CLIENT_BATCH))).filter((c) => c !== undefined);
    clients.push(...(await decoder.open('clients', Client, stored)));
  }
  const restricted = new Set(clients.filter((c) => c.restriction !== undefined).map((c) => c.id));
  const counted = <T extends { clientId: string }>(record: T) => !restricted.has(record.clientId);
  const seen = [...new Set([...appointments, ...adviceEntries].filter(counted).map((r) => r.clientId))];
  const firstContacts = new Map<string, string>();
  const rows = await database.firstContacts.bulkGet(seen);
  for (const row of rows) if (row) firstContacts.set(row.clientId, row.date);
  step();

  return {
    clients: clients.filter((c) => !restricted.has(c.id)),
    appointments: appointments.filter(counted),
    adviceEntries: adviceEntries.filter(counted),
    referrals: referrals.filter(counted),
    services,
    volunteers,
    shifts,
    firstContacts,
  };
}

/**
 * A one-clinic report places an advice entry without a clinic of its own by its
 * appointment, and counts a referral at the clinic when the advice entry it came from was
 * there: both may be older than the period, so those few records are fetched by id.
 */
async function addWhatOneClinicNeeds(
  database: SignpostDatabase,
  decoder: RecordDecoder,
  read: { appointments: Appointment[]; adviceEntries: AdviceEntry[]; referrals: Referral[] },
  current: { fromDate: string; toDate: string },
): Promise<void> {
  const entryIds = new Set(read.adviceEntries.map((e) => e.id));
  const wantedEntries = [
    ...new Set(read.referrals.filter((r) => r.date >= current.fromDate && r.adviceEntryId !== undefined && !entryIds.has(r.adviceEntryId)).map((r) => r.adviceEntryId!)),
  ];
  if (wantedEntries.length > 0) {
    const stored = (await database.adviceEntries.bulkGet(wantedEntries)).filter((e) => e !== undefined);
    for (const entry of await decoder.open('adviceEntries', AdviceEntry, stored)) if (entry.date <= current.toDate) read.adviceEntries.push(entry);
  }
  const appointmentIds = new Set(read.appointments.map((a) => a.id));
  const wantedAppointments = [
    ...new Set(read.adviceEntries.filter((e) => e.clinicId === undefined && e.appointmentId !== undefined && !appointmentIds.has(e.appointmentId)).map((e) => e.appointmentId!)),
  ];
  if (wantedAppointments.length > 0) {
    const stored = (await database.appointments.bulkGet(wantedAppointments)).filter((a) => a !== undefined);
    for (const appointment of await decoder.open('appointments', Appointment, stored)) if (appointment.date <= current.toDate) read.appointments.push(appointment);
  }
}
