/** A client in a session: a booked slot or a walk-in in the drop-in queue. */
import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, LanguageCode, RecordMeta, TimeOfDay, optionalText } from './common';

export const APPOINTMENT_STATUSES = [
  'booked',
  'arrived',
  'called',
  'seen',
  'did-not-attend',
  'left-without-being-seen',
  'cancelled',
] as const;
export const AppointmentStatus = z.enum(APPOINTMENT_STATUSES);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

export const AppointmentKind = z.enum(['booked', 'walk-in']);
export type AppointmentKind = z.infer<typeof AppointmentKind>;

export const AppointmentFields = z.object({
  sessionId: Id,
  clientId: Id,
  kind: AppointmentKind,
  /** Slot start for a booking; absent for a walk-in, who is seen in arrival order. */
  slotTime: TimeOfDay.optional(),
  purpose: optionalText(300),
  interpreterLanguage: LanguageCode.optional(),
});
export const AppointmentInput = AppointmentFields;
export type AppointmentInput = z.input<typeof AppointmentInput>;

export const Appointment = RecordMeta.extend({
  ...AppointmentFields.shape,
  /** Copied from the session so a day's or a clinic's bookings are one index lookup. */
  clinicId: Id,
  date: IsoDate,
  status: AppointmentStatus,
  cancelReason: optionalText(300),
  arrivedAt: IsoDateTime.optional(),
  calledAt: IsoDateTime.optional(),
  seenAt: IsoDateTime.optional(),
  /**
   * The appointment that replaced this one when it was rebooked. The old one keeps its own
   * outcome (a missed visit stays "did not attend"), so history and the report stay true.
   */
  rebookedAs: Id.optional(),
  /** The appointment this one was booked to replace. */
  rebookedFrom: Id.optional(),
});
export type Appointment = z.infer<typeof Appointment>;
