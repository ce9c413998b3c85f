/**
 * A month of one dated table, from its stored records to the facts the report keeps of
 * them (shared/report/report-facts.ts): read in one short read transaction, opened through
 * the one decoder (decode-records.ts) and checked for what the report counts. The report
 * worker does this for each month whose facts are missing (read-report-input.ts).
 */
import Dexie from 'dexie';
import {
  adviceFacts,
  appointmentFacts,
  referralFacts,
  unreadableReferralFacts,
  type AdviceFacts,
  type AppointmentFacts,
  type ReferralFacts,
  type UnreadableReferralFacts,
} from '../../../shared/report/report-facts';
import { REFERRAL_STATUSES } from '../../../shared/schemas';
import { AdviceCounted, AppointmentCounted, ReferralCounted } from './counted-schemas';
import type { SignpostDatabase } from '../../db/database';
import type { MonthFactsTable } from '../../db/report-facts-keys';
import type { RecordDecoder } from './decode-records';

/** What a month of each table gives. */
export interface MonthFacts {
  appointments: AppointmentFacts;
  adviceEntries: AdviceFacts;
  referrals: ReferralFacts | UnreadableReferralFacts;
}

const monthRange = (month: string): [string, string] => [`${month}-01`, `${month}-31`];

/** A month's stored records of a table, as IndexedDB holds them. */
export function readMonthRecords(database: SignpostDatabase, table: MonthFactsTable, month: string): Promise<unknown[]> {
  const [from, to] = monthRange(month);
  if (table !== 'referrals') return database.table(table).where('date').between(from, to, true, true).toArray();
  // Referrals are indexed by [status+date]: one range per status, in one transaction, and
  // the ranges around them, where a referral whose stored status is damaged is (any date:
  // there are none as a rule; those of other months are left for their own month).
  const within = (record: unknown) => {
    const date = (record as { date?: unknown }).date;
    return typeof date === 'string' && date >= from && date <= to;
  };
  return database
    .transaction('r', database.referrals, () =>
      Promise.all([
        ...REFERRAL_STATUSES.map((status) => database.referrals.where('[status+date]').between([status, from], [status, to], true, true).toArray()),
        ...referralStatusGaps(database).map((gap) => gap.toArray().then((found) => found.filter(within))),
      ]),
    )
    .then((lists) => lists.flat());
}

/**
 * Stored records of a table opened into the facts the report keeps. Referrals are counted
 * by fields that are not sealed: their sealed part is left shut. So is a cancelled
 * appointment's, which nothing in the report counts.
 */
export function monthFactsOf<T extends MonthFactsTable>(decoder: RecordDecoder, table: T, stored: readonly unknown[]): Promise<MonthFacts[T][]>;
export async function monthFactsOf(decoder: RecordDecoder, table: MonthFactsTable, stored: readonly unknown[]): Promise<MonthFacts[MonthFactsTable][]> {
  if (table === 'appointments') return (await decoder.open('appointments', AppointmentCounted, stored, isCancelled)).map(appointmentFacts);
  if (table === 'adviceEntries') return (await decoder.open('adviceEntries', AdviceCounted, stored)).map(adviceFacts);
  return factsOfReferrals(decoder, stored);
}

const isCancelled = (stored: object): boolean => (stored as { status?: unknown }).status === 'cancelled';

const KNOWN_REFERRAL_STATUSES: ReadonlySet<unknown> = new Set(REFERRAL_STATUSES);

/**
 * The parts of the [status+date] index outside every status the app knows: below the first,
 * between each two, above the last. Only a referral whose stored status is damaged is there.
 */
function referralStatusGaps(database: SignpostDatabase) {
  const statuses = [...REFERRAL_STATUSES].sort();
  const index = () => database.referrals.where('[status+date]');
  return [
    index().below([statuses[0]!]),
    ...statuses.slice(1).map((status, i) => index().between([statuses[i]!, Dexie.maxKey], [status], false, false)),
    index().above([statuses.at(-1)!, Dexie.maxKey]),
  ];
}

/**
 * A month's referrals as facts, their sealed part left shut (the report counts none of it).
 * One whose stored status is damaged is kept as unreadable: the report says how many.
 */
async function factsOfReferrals(decoder: RecordDecoder, stored: readonly unknown[]): Promise<(ReferralFacts | UnreadableReferralFacts)[]> {
  const read = await decoder.open('referrals', ReferralCounted, stored, () => true);
  const damaged = new Set(stored.filter((r) => !KNOWN_REFERRAL_STATUSES.has((r as { status?: unknown } | null)?.status)).map((r) => (r as { id?: unknown }).id));
  return read.map((r) => (damaged.has(r.id) ? unreadableReferralFacts(r) : referralFacts(r)));
}
