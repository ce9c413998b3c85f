/**
 * The volunteer form's values: the shared VolunteerInput schema (which also holds the rule
 * that a check expires after it was done), plus a check that only makes sense while typing
 * (a language listed once). Messages are codes (shared/messages), worded by Field in the app's language.
 */
import { z } from 'zod';
import { messageCode } from '../../../../shared/messages/message-code';
import { VolunteerInput, type CheckKind, type Volunteer, type VolunteerInput as VolunteerInputShape } from '../../../../shared/schemas';

const SHIFTS_MESSAGE = messageCode('volunteers:form.errors.shifts');

export const VolunteerFormValues = VolunteerInput.extend({
  maxShiftsPerMonth: z.preprocess(
    (v) => (v === '' || v === null || v === undefined ? undefined : typeof v === 'string' ? Number(v) : v),
    z.number({ error: SHIFTS_MESSAGE }).int(SHIFTS_MESSAGE).min(0, SHIFTS_MESSAGE).max(62, SHIFTS_MESSAGE).optional(),
  ),
}).superRefine((values, ctx) => {
  const seen = new Set<string>();
  values.languages.forEach((language, index) => {
    if (seen.has(language.code)) {
      ctx.addIssue({ code: 'custom', path: ['languages', index, 'code'], message: messageCode('volunteers:form.errors.languageTwice') });
    }
    seen.add(language.code);
  });
});

export type VolunteerFormInput = z.input<typeof VolunteerFormValues>;
export type VolunteerFormOutput = z.output<typeof VolunteerFormValues>;

export const blankVolunteerForm = (): VolunteerFormInput => ({
  name: '',
  phone: '',
  email: '',
  roles: [],
  languages: [],
  checks: [],
  availability: [],
  away: [],
  maxShiftsPerMonth: '',
  active: true,
});

export function volunteerToForm(volunteer: Volunteer): VolunteerFormInput {
  return {
    name: volunteer.name,
    phone: volunteer.phone ?? '',
    email: volunteer.email ?? '',
    roles: [...volunteer.roles],
    languages: volunteer.languages.map((l) => ({ ...l })),
    checks: volunteer.checks.map((c) => ({ kind: c.kind, date: c.date, expires: c.expires, level: c.level ?? '' })),
    availability: volunteer.availability.map((w) => ({ ...w })),
    away: volunteer.away.map((a) => ({ ...a })),
    maxShiftsPerMonth: volunteer.maxShiftsPerMonth === undefined ? '' : String(volunteer.maxShiftsPerMonth),
    active: volunteer.active,
  };
}

/**
 * Every field is written, even when empty, so that clearing a phone number or the monthly
 * maximum on an edit clears it in the stored record too.
 */
export function formToVolunteerInput(values: VolunteerFormOutput): VolunteerInputShape {
  return {
    name: values.name,
    phone: values.phone,
    email: values.email,
    roles: values.roles,
    languages: values.languages,
    checks: values.checks.map((c) => ({ kind: c.kind, date: c.date, ...(c.expires ? { expires: c.expires } : {}), ...(c.level ? { level: c.level } : {}) })),
    availability: values.availability,
    away: values.away,
    maxShiftsPerMonth: values.maxShiftsPerMonth,
    active: values.active,
  };
}

/** The kind a new check row starts as: the first one the volunteer does not have yet. */
export function nextCheckKind(have: readonly { kind: CheckKind }[]): CheckKind {
  const order: CheckKind[] = ['safeguarding', 'pvg-dbs', 'data-protection', 'immigration-accreditation'];
  return order.find((kind) => !have.some((c) => c.kind === kind)) ?? 'safeguarding';
}
