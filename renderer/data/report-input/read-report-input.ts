/**
 * What a Community Intelligence Report needs, read a piece at a time: the period's
 * appointments and referrals, the advice entries of the period and the one before it (for
 * emerging issues), the shifts, and the clients those records name, with each client's
 * first contact date (kept by the database, db/first-contacts.ts) instead of every contact
 * since the forum began. Only what the report counts is decrypted: not a referral's or a
 * cancelled appointment's sealed part, and of the clients named, only the records of
 * people it may describe (who is restricted comes from an index: client-facts-reader.ts).
 *
 * Each piece (a table's month, a batch of clients) is its own short read transaction, so a
 * volunteer saving a record never waits for the report, and progress can be told as it
 * goes. Records are opened through the one decoder (decode-records.ts). A restricted client
 * (withdrawn storage consent, or at their request) and everything of theirs stay out.
 *
 * Of each record only the fields the report counts are kept (shared/report/report-facts.ts),
 * and those of a month are sealed and stored as that month's facts (report-facts-store.ts):
 * a later report uses a month's facts instead of reading and opening its records, while no
 * write has touched that month since. The clients likewise (client-facts-reader.ts).
 */
import type { ReportInput } from '../../../shared/report/build-report';
import { monthsIn, periodDates, previousPeriod, type ReportPeriod } from '../../../shared/report/period';
import { adviceFacts, appointmentFacts, isUnreadableReferral, type AdviceFacts, type AppointmentFacts, type ReferralFacts } from '../../../shared/report/report-facts';
import { Service, Shift, Volunteer } from '../../../shared/schemas';
import type { SignpostDatabase } from '../../db/database';
import { CLIENT_BUCKETS, clientFactsKey, monthFactsKey, type MonthFactsTable } from '../../db/report-facts-keys';
import { can, type Role } from '../../../shared/security/roles';
import type { RecordDecoder } from './decode-records';
import { ATTENDED } from '../../../shared/report/first-contact';
import { beginFacts, NO_FACTS, type FactsSession } from './report-facts-store';
import { clientFactsReader } from './client-facts-reader';
import { monthFactsOf, readMonthRecords, type MonthFacts } from './month-records';
import { AdviceCounted, AppointmentCounted } from './counted-schemas';

export interface ReportRead {
  period: ReportPeriod;
  /** A one-clinic report. */
  clinicId?: string;
  /**
   * The signed-in user's role, from the main thread: the worker has no session of its own,
   * so it checks the role it was given before it reads a record.
   */
  role: Role | undefined;
  /**
   * `records`: read every record as if no facts were kept, and keep none (what the tests
   * compare the facts with). By default current facts are used and missing ones stored.
   */
  from?: 'facts' | 'records';
  /**
   * Given, the read does not store the facts it worked out: it hands over a function that
   * seals and stores them (resolving with the final counts), for the worker to call once
   * the report has gone back, so a cold report waits for none of that work.
   */
  storing?: (store: () => Promise<FactsUse>) => void;
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

/**
 * What a read cost in facts: rows used as they were, rows worked out from records and stored;
 * and when (ms from the start) the facts' revisions were read, the months and clients were
 * all in, first contacts read and the facts stored (counts and times only, for the benchmark).
 */
export type FactsUse = { used: number; stored: number; at?: Record<string, number> };

/** The facts rows a report of this period reads: each month of each table, and every client bucket. */
export function factsKeysFor(period: ReportPeriod): string[] {
  const current = monthsIn(period);
  const both = [...monthsIn(previousPeriod(period)), ...current];
  return [
    ...current.map((m) => monthFactsKey('appointments', m)),
    ...both.map((m) => monthFactsKey('adviceEntries', m)),
    ...current.map((m) => monthFactsKey('referrals', m)),
    ...Array.from({ length: CLIENT_BUCKETS }, (_, i) => clientFactsKey(i)),
  ];
}

export async function readReportInput(
  database: SignpostDatabase,
  request: ReportRead,
  decoder: RecordDecoder,
  onProgress: ReadProgress = () => undefined,
  onFacts: (use: FactsUse) => void = () => undefined,
): Promise<ReportInput> {
  if (!can(request.role, 'report.build')) throw new ReportNotForRoleError();
  const started = performance.now();
  const at: Record<string, number> = {};
  const mark = (what: string) => (at[what] = Math.round(performance.now() - started));
  const { period, clinicId } = request;
  const current = monthsIn(period);
  const both = [...monthsIn(previousPeriod(period)), ...current];
  const { fromDate: previousFrom } = periodDates(previousPeriod(period));
  const { toDate } = periodDates(period);
  // Read before any record (report-facts-store.ts says why that makes stale facts impossible).
  const facts: FactsSession = request.from === 'records' ? NO_FACTS : await beginFacts(database, factsKeysFor(period));
  mark('revisions');

  // Steps, for progress: a month of each dated table, shifts, the directory tables, clients, and the rest.
  const total = 2 * current.length + both.length + 4;
  let done = 0;
  const step = () => onProgress(Math.min(1, ++done / total));
  type Piece<T> = { known: T[] } | { stored: unknown[] };
  // Month by month: a month's facts when current, else its records (the next month read
  // from IndexedDB while this one is opened), whose facts are then kept.
  const byMonth = async <K extends MonthFactsTable>(table: K, months: readonly string[], then: (read: MonthFacts[K][]) => void): Promise<MonthFacts[K][]> => {
    type T = MonthFacts[K];
    const out: T[] = [];
    // Every month's facts are opened at once (their rows are already read: opening is the
    // worker's own work); the records of a month without them are read one month ahead.
    const known = months.map((month) => facts.open<T[]>(monthFactsKey(table, month), table));
    const ahead = (i: number): Promise<Piece<T>> | undefined => {
      if (i >= months.length) return undefined;
      const pending = known[i]!.then(async (found): Promise<Piece<T>> => (Array.isArray(found) ? { known: found } : { stored: await readMonthRecords(database, table, months[i]!) }));
      pending.catch(() => undefined); // Rejections surface where it is awaited.
      return pending;
    };
    let next = ahead(0);
    for (let i = 0; i < months.length; i++) {
      const piece = await next!;
      next = ahead(i + 1);
      let read: T[];
      if ('known' in piece) read = piece.known;
      else {
        read = await monthFactsOf(decoder, table, piece.stored);
        facts.keep(monthFactsKey(table, months[i]!), table, read);
      }
      then(read);
      out.push(...read);
      step();
    }
    return out;
  };

  // Whom the report describes (people seen: an attended appointment or an advice entry in
  // the period, a superset for one clinic) is known month by month: their clients are
  // looked up as soon as they are named, alongside the tables still being read.
  const fromDate = `${period.from}-01`;
  const people = clientFactsReader(database, decoder, facts);
  // Each person's first contact: the whole table in one read (20,000 small rows), from the
  // start, alongside the rest; one lookup per person seen took longer than all the facts.
  const firstContactRows = database.firstContacts.toArray();
  firstContactRows.catch(() => undefined); // A failure surfaces where it is awaited.

  // The tables are read side by side: IndexedDB works on one while the worker opens another.
  // Referrals are counted for the period only.
  const [appointments, adviceEntries, referralsRead, shifts, [services, volunteers]] = await Promise.all([
    byMonth('appointments', current, (read) => people.see(read, (a) => ATTENDED.has(a.status))),
    byMonth('adviceEntries', both, (read) => people.see(read, (e) => e.date >= fromDate)),
    byMonth('referrals', current, () => undefined),
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

  mark('months');
  const referrals = referralsRead.filter((r): r is ReferralFacts => !isUnreadableReferral(r));
  const unreadableReferrals = referralsRead.filter(isUnreadableReferral);
  if (clinicId !== undefined) await addWhatOneClinicNeeds(database, decoder, { appointments, adviceEntries, referrals: referralsRead }, { fromDate, toDate });
  step();

  // Everyone else these records name matters only if restricted (then their records stay out).
  const { clients, restricted } = await people.all();
  mark('clients');
  const counted = <T extends { clientId: string }>(record: T) => !restricted.has(record.clientId);
  const seen = [...people.seen()].filter((id) => !restricted.has(id));
  const firstContact = new Map((await firstContactRows).map((row) => [row.clientId, row.date]));
  const firstContacts = new Map<string, string>();
  for (const id of seen) {
    const date = firstContact.get(id);
    if (date !== undefined) firstContacts.set(id, date);
  }
  mark('firstContacts');
  // Facts worked out here are stored before the read ends, unless the caller takes the
  // storing over (the worker replies first, then stores them, and is ended only after).
  const store = () =>
    facts.store().then(() => {
      mark('stored');
      return { ...facts.counts(), at };
    });
  if (request.storing) {
    onFacts({ ...facts.counts(), at });
    request.storing(store);
  } else onFacts(await store());
  step();

  return {
    clients,
    appointments: appointments.filter(counted),
    adviceEntries: adviceEntries.filter(counted),
    referrals: referrals.filter(counted),
    ...(unreadableReferrals.length > 0 ? { unreadableReferrals: unreadableReferrals.filter(counted) } : {}),
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
  read: { appointments: AppointmentFacts[]; adviceEntries: AdviceFacts[]; referrals: readonly Pick<ReferralFacts, 'date' | 'adviceEntryId'>[] },
  current: { fromDate: string; toDate: string },
): Promise<void> {
  const entryIds = new Set(read.adviceEntries.map((e) => e.id));
  const wantedEntries = [
    ...new Set(read.referrals.filter((r) => r.date >= current.fromDate && r.adviceEntryId !== undefined && !entryIds.has(r.adviceEntryId)).map((r) => r.adviceEntryId!)),
  ];
  if (wantedEntries.length > 0) {
    const stored = (await database.adviceEntries.bulkGet(wantedEntries)).filter((e) => e !== undefined);
    for (const entry of await decoder.open('adviceEntries', AdviceCounted, stored)) if (entry.date <= current.toDate) read.adviceEntries.push(adviceFacts(entry));
  }
  const appointmentIds = new Set(read.appointments.map((a) => a.id));
  const wantedAppointments = [
    ...new Set(read.adviceEntries.filter((e) => e.clinicId === undefined && e.appointmentId !== undefined && !appointmentIds.has(e.appointmentId)).map((e) => e.appointmentId!)),
  ];
  if (wantedAppointments.length > 0) {
    const stored = (await database.appointments.bulkGet(wantedAppointments)).filter((a) => a !== undefined);
    for (const appointment of await decoder.open('appointments', AppointmentCounted, stored)) if (appointment.date <= current.toDate) read.appointments.push(appointmentFacts(appointment));
  }
}
