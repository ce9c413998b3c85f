/** A recurring service (drop-in, job club, specialist clinic) and its dated sessions. */
import { z } from 'zod';
import { messageCode } from '../messages/message-code';
import { Id, IsoDate, LanguageCode, RecordMeta, TimeOfDay, optionalText, requiredText } from './common';

export const CLINIC_KINDS = ['drop-in', 'appointments', 'job-club', 'specialist', 'surgery'] as const;
export const ClinicKind = z.enum(CLINIC_KINDS);
export type ClinicKind = z.infer<typeof ClinicKind>;

/** Default volunteer roles; the list is configurable in Settings. */
export const DEFAULT_ROLES = ['receptionist', 'adviser', 'interpreter', 'job-club-helper', 'coordinator'] as const;

/** One line of "what a session needs": e.g. 2 advisers, or 1 interpreter for Polish. */
export const RoleNeed = z.object({
  role: requiredText(60, messageCode('common:validation.required.role')),
  count: z.coerce.number().int().min(1, messageCode('common:validation.numberAtLeast', { limit: 1 })).max(20, messageCode('common:validation.numberAtMost', { limit: 20 })),
  language: LanguageCode.optional(),
});
export type RoleNeed = z.infer<typeof RoleNeed>;

export const ClinicFields = z.object({
  name: requiredText(120, messageCode('common:validation.required.clinicName')),
  kind: ClinicKind,
  venue: optionalText(200),
  /**
   * iCalendar RRULE body without DTSTART, e.g. `FREQ=MONTHLY;BYDAY=1TH`. Built by the
   * schedule form through the recurrence library, never typed by a person.
   */
  rrule: z.string().regex(/^FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[^;]+)*$/, messageCode('common:validation.clinicSchedule')),
  /** First date the rule applies from (the rule's DTSTART date). */
  startDate: IsoDate,
  /** Optional last date; sessions stop after it. */
  endDate: IsoDate.optional(),
  openTime: TimeOfDay,
  closeTime: TimeOfDay,
  slotMinutes: z.coerce.number().int().min(5, messageCode('common:validation.minutesAtLeast', { count: 5 })).max(480, messageCode('common:validation.hoursAtMost', { count: 8 })),
  placesPerSlot: z.coerce.number().int().min(1, messageCode('common:validation.placesAtLeast', { count: 1 })).max(50, messageCode('common:validation.placesAtMost', { count: 50 })),
  roles: z.array(RoleNeed).max(20).default([]),
  active: z.boolean().default(true),
});

const clinicRules = (c: z.output<typeof ClinicFields>, ctx: z.RefinementCtx): void => {
  if (c.closeTime <= c.openTime) {
    ctx.addIssue({ code: 'custom', path: ['closeTime'], message: messageCode('common:validation.closeAfterOpen') });
  }
  if (c.endDate && c.endDate < c.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: messageCode('common:validation.endBeforeStart') });
  }
};

export const ClinicInput = ClinicFields.superRefine(clinicRules);
export type ClinicInput = z.input<typeof ClinicInput>;
export type ClinicData = z.output<typeof ClinicInput>;

export const Clinic = RecordMeta.extend(ClinicFields.shape).superRefine(clinicRules);
export type Clinic = z.infer<typeof Clinic>;

export const SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
export const SessionStatus = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof SessionStatus>;

/** One dated occurrence of a clinic, generated from its rule; can be cancelled or moved. */
export const Session = RecordMeta.extend({
  clinicId: Id,
  date: IsoDate,
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  status: SessionStatus,
  cancelReason: optionalText(300),
  /** The date the rule generated, when the session was moved to another date or time. */
  originalDate: IsoDate.optional(),
  /** Cancelled because the forum is closed that day; opened again if the closure is removed. */
  closure: z.boolean().optional(),
});
export type Session = z.infer<typeof Session>;
