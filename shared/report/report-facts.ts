/**
 * The report's facts: of each record, only the fields `buildReport` reads. The report's
 * input (`ReportInput`) is typed by these, so the compiler holds build-report.ts to them:
 * a new field read there fails to type-check until it is listed here. The report worker
 * keeps exactly these, per month, sealed (renderer/data/report-input/report-facts-store.ts),
 * so a year's report can be built from them instead of reading and opening every record.
 */
import type { AdviceEntry, Appointment, Client, Referral } from '../schemas';

export const APPOINTMENT_FACTS = ['id', 'clientId', 'clinicId', 'sessionId', 'date', 'status', 'kind', 'interpreterLanguage'] as const;
export const ADVICE_FACTS = ['id', 'clientId', 'clinicId', 'appointmentId', 'date', 'minutes', 'categories'] as const;
export const REFERRAL_FACTS = ['clientId', 'date', 'status', 'serviceId', 'adviceEntryId'] as const;
/** Of a client's languages only the first is reported (their first language). */
export const CLIENT_FACTS = ['id', 'nationality', 'languages', 'gender', 'birthYear', 'ageBand', 'area', 'arrivalYear'] as const;

export type AppointmentFacts = Pick<Appointment, (typeof APPOINTMENT_FACTS)[number]>;
export type AdviceFacts = Pick<AdviceEntry, (typeof ADVICE_FACTS)[number]>;
export type ReferralFacts = Pick<Referral, (typeof REFERRAL_FACTS)[number]>;
export type ClientFacts = Pick<Client, (typeof CLIENT_FACTS)[number]>;

/**
 * A referral whose stored status is none the app knows (damaged on disk, edited by hand,
 * written by another version). The report cannot tell whether it was made (a draft is
 * not counted) nor how it ended, so it does not count it: it says how many there are
 * (`CommunityReport.unreadable`), so none is left out unsaid. Kept among a month's referral
 * facts with what places it in a report: its client (a restricted person's stays out), date
 * and the advice entry it came from (a one-clinic report).
 */
export type UnreadableReferralFacts = Pick<Referral, 'clientId' | 'date' | 'adviceEntryId'> & { unreadable: 'status' };

export const isUnreadableReferral = (r: ReferralFacts | UnreadableReferralFacts): r is UnreadableReferralFacts => 'unreadable' in r;

/**
 * Only the listed fields that are present: an absent field stays absent (never `undefined`),
 * so facts read back from JSON are the same objects they were before.
 */
function pick<T extends object, K extends keyof T>(record: T, fields: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const field of fields) if (record[field] !== undefined) out[field] = record[field];
  return out;
}

export const appointmentFacts = (a: AppointmentFacts): AppointmentFacts => pick(a, APPOINTMENT_FACTS);
export const adviceFacts = (e: AdviceFacts): AdviceFacts => pick(e, ADVICE_FACTS);
export const referralFacts = (r: ReferralFacts): ReferralFacts => pick(r, REFERRAL_FACTS);
export const unreadableReferralFacts = (r: Pick<Referral, 'clientId' | 'date' | 'adviceEntryId'>): UnreadableReferralFacts => ({
  ...pick(r, ['clientId', 'date', 'adviceEntryId'] as const),
  unreadable: 'status',
});
export function clientFacts(c: ClientFacts): ClientFacts {
  const facts = pick(c, CLIENT_FACTS);
  return { ...facts, languages: c.languages.slice(0, 1) };
}
