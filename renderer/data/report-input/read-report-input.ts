/**
 * What a Community Intelligence Report needs, read a piece at a time: the period's
 * appointments and referrals, the advice entries of the period and the one before it (for
 * emerging issues), the shifts, and the clients those records name, with each client's
 * first contact date (kept by the database, db/first-contacts.ts) instead of every contact
 * since the forum began. Only what the report counts is decrypted: not a referral's or a
 * cancelled appointment's sealed part, and of the clients named, only the records of
 * people it may describe and of those restricted.
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
import { ATTENDED } from '../../../shared/report/first-contact';

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
  const total = 2 * current.length + both.length + 4;
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

  // Whom the report describes (people seen: an attended appointment or an advice entry in
  // the period, a superset for one clinic) is known month by month: their client records
  // are read and opened as soon as they are named, alongside the tables still being read.
  const fromDate = `${period.from}-01`;
  const people = clientReader(database, decoder);

  // The tables are read side by side: IndexedDB works on one while the worker opens another.
  // Referrals are counted for the period only, by fields that are not sealed: their sealed
  // part is left shut. So is a cancelled appointment's, which nothing in the report counts.
  const [appointments, adviceEntries, referrals, shifts, [services, volunteers]] = await Promise.all([
    byMonth('appointments', current, (s) =>
      decoder.open('appointments', Appointment, s, isCancelled).then((read) => people.see(read, (a) => ATTENDED.has(a.status))),
    ),
    byMonth('adviceEntries', both, (s) => decoder.open('adviceEntries', AdviceEntry, s).then((read) => people.see(read, (e) => e.date >= fromDate))),
    byMonth('referrals', current, (s) => decoder.open('referrals', Referral, s, () => true)),
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

  if (clinicId !== undefined) await addWhatOneClinicNeeds(database, decoder, { appointments, adviceEntries, referrals }, { fromDate, toDate });
  step();

  // Everyone else these records name matters only if restricted (then their records stay
  // out): restriction is not sealed, so only those whose stored record has one are opened.
  const clients = await people.rest([...appointments, ...adviceEntries, ...referrals].map((r) => r.clientId));
  const restricted = new Set(clients.filter((c) => c.restriction !== undefined).map((c) => c.id));
  const counted = <T extends { clientId: string }>(record: T) => !restricted.has(record.clientId);
  const seen = [...people.seen()].filter((id) => !restricted.has(id));
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

const isCancelled = (stored: object): boolean => (stored as { status?: unknown }).status === 'cancelled';

/**
 * The client records a report reads: those of people it may describe opened as they are
 * named (`see`, passing the records that name them through), then (`rest`) those of everyone else
 * named, of whom only a restricted one's record is opened. Client records are fetched by
 * key a batch at a time, each once.
 */
function clientReader(database: SignpostDatabase, decoder: RecordDecoder) {
  const asked = new Set<string>();
  const reads: Promise<Client[]>[] = [];
  const fetch = (ids: readonly string[], open: (stored: object[]) => object[]): void => {
    for (let i = 0; i < ids.length; i += CLIENT_BATCH) {
      const batch = ids.slice(i, i + CLIENT_BATCH);
      const read = database.clients.bulkGet(batch).then((stored) => decoder.open('clients', Client, open(stored.filter((c) => c !== undefined))));
      read.catch(() => undefined); // A failure surfaces where it is awaited.
      reads.push(read);
    }
  };
  const fresh = (ids: Iterable<string>): string[] => {
    const out: string[] = [];
    for (const id of ids) {
      if (asked.has(id)) continue;
      asked.add(id);
      out.push(id);
    }
    return out;
  };
  const described = new Set<string>();
  return {
    /** Records read: the clients of those `describes` picks are read and opened now. */
    see<T extends { clientId: string }>(records: T[], describes: (record: T) => boolean): T[] {
      const ids: string[] = [];
      for (const r of records) {
        if (!describes(r)) continue;
        described.add(r.clientId);
        ids.push(r.clientId);
      }
      fetch(fresh(ids), (stored) => stored);
      return records;
    },
    seen: (): ReadonlySet<string> => described,
    async rest(named: readonly string[]): Promise<Client[]> {
      fetch(fresh(named), (stored) => stored.filter((c) => (c as { restriction?: unknown }).restriction !== undefined));
      return (await Promise.all(reads)).flat();
    },
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
