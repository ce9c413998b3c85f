/** A volunteer: roles, languages, checks with expiry, availability; and their shifts. */
import { z } from 'zod';
import { messageCode } from '../messages/message-code';
import { Id, IsoDate, LanguageCode, RecordMeta, TimeOfDay, optionalText, requiredText } from './common';

export const LANGUAGE_LEVELS = ['basic', 'conversational', 'fluent', 'native'] as const;
export const LanguageLevel = z.enum(LANGUAGE_LEVELS);

export const VolunteerLanguage = z.object({ code: LanguageCode, level: LanguageLevel });
export type VolunteerLanguage = z.infer<typeof VolunteerLanguage>;

export const CHECK_KINDS = ['pvg-dbs', 'safeguarding', 'data-protection', 'immigration-accreditation'] as const;
export const CheckKind = z.enum(CHECK_KINDS);
export type CheckKind = z.infer<typeof CheckKind>;

/** A check or training with its dates; immigration accreditation carries a level (OISC 1-3). */
export const VolunteerCheck = z
  .object({
    kind: CheckKind,
    date: IsoDate,
    expires: IsoDate.optional(),
    level: optionalText(40),
  })
  .refine((c) => c.expires === undefined || c.expires > c.date, { path: ['expires'], message: messageCode('common:validation.expiryAfterDone') });
export type VolunteerCheck = z.infer<typeof VolunteerCheck>;

/** A weekly window the volunteer is usually free; weekday 0 = Monday. */
export const AvailabilityWindow = z
  .object({ weekday: z.number().int().min(0).max(6), from: TimeOfDay, to: TimeOfDay })
  .refine((w) => w.to > w.from, { message: messageCode('common:validation.endAfterStart'), path: ['to'] });
export type AvailabilityWindow = z.infer<typeof AvailabilityWindow>;

export const DatesAway = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((d) => d.to >= d.from, { message: messageCode('common:validation.lastDayBeforeFirst'), path: ['to'] });
export type DatesAway = z.infer<typeof DatesAway>;

export const VolunteerFields = z.object({
  name: requiredText(200, messageCode('common:validation.required.volunteerName')),
  phone: optionalText(40),
  email: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().email(messageCode('common:validation.email')).optional(),
  ),
  roles: z.array(requiredText(60, messageCode('common:validation.required.role'))).max(20).default([]),
  languages: z.array(VolunteerLanguage).max(20).default([]),
  checks: z.array(VolunteerCheck).max(30).default([]),
  availability: z.array(AvailabilityWindow).max(30).default([]),
  away: z.array(DatesAway).max(100).default([]),
  maxShiftsPerMonth: z.coerce.number().int().min(0).max(62).optional(),
  active: z.boolean().default(true),
});
export const VolunteerInput = VolunteerFields;
export type VolunteerInput = z.input<typeof VolunteerInput>;

export const Volunteer = RecordMeta.extend(VolunteerFields.shape);
export type Volunteer = z.infer<typeof Volunteer>;

/** A volunteer role in a session: open until assigned; hours recorded after the session. */
export const Shift = RecordMeta.extend({
  sessionId: Id,
  clinicId: Id,
  date: IsoDate,
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  role: requiredText(60, messageCode('common:validation.required.role')),
  /** For an interpreter shift: the language needed. */
  language: LanguageCode.optional(),
  volunteerId: Id.optional(),
  /** A soft rota problem the coordinator accepted, and why. */
  overrideReason: optionalText(300),
  attended: z.boolean().optional(),
  hoursWorked: z.number().min(0).max(24).optional(),
});
export type Shift = z.infer<typeof Shift>;
