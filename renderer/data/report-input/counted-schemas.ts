/**
 * Of each table the report reads, the part of its schema it counts: a record is checked
 * for the fields its facts keep (shared/report/report-facts.ts), field by field as the
 * whole schema checks them, and by the one rule across fields among them (a client's
 * arrival year not before their birth year; the other tables have none). So a damaged
 * field the report never reads changes nothing it counts (report-input-sealed.test.ts),
 * and costs no check: checking every field of a year's records, and of the clients they
 * name, was a fifth of a cold report. Only the counted fields come out (strip), so each
 * opened record the worker holds is small.
 */
import { ADVICE_FACTS, APPOINTMENT_FACTS, CLIENT_FACTS, REFERRAL_FACTS } from '../../../shared/report/report-facts';
import { AdviceEntry, Appointment, arrivalNotBeforeBirth, ClientFields, Referral, Restriction } from '../../../shared/schemas';
import { Id } from '../../../shared/schemas/common';

const only = <K extends string>(fields: readonly K[]) => Object.fromEntries(fields.map((field) => [field, true])) as { [F in K]: true };

export const AppointmentCounted = Appointment.pick(only(APPOINTMENT_FACTS)).strip();
export const AdviceCounted = AdviceEntry.pick(only(ADVICE_FACTS)).strip();
/** A referral's id too: one whose stored status is damaged is found by it (month-records.ts). */
export const ReferralCounted = Referral.pick(only([...REFERRAL_FACTS, 'id'] as const)).strip();
/** A client's facts, and their restriction: a restricted person's records stay out of the report. */
export const ClientCounted = ClientFields.pick(only(CLIENT_FACTS.filter((field): field is Exclude<typeof field, 'id'> => field !== 'id')))
  .extend({ id: Id, restriction: Restriction.optional() })
  .strip()
  .superRefine(arrivalNotBeforeBirth);
