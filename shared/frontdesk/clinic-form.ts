/**
 * The clinic form's values. A coordinator picks a schedule in plain terms (which
 * weekdays, or "the first Thursday of each month"); it becomes an iCalendar RRULE through
 * the recurrence library, and a stored rule is read back into the same choices.
 *
 * The form's own problems are message codes (shared/messages), worded in the volunteer's
 * language by the renderer's Field from the clinics catalogue.
 */
import { z } from 'zod';
import { messageCode } from '../messages/message-code';
import { buildRule, parseRuleChoice, type RuleChoice } from '../schedule/recurrence';
import { ClinicFields } from '../schemas';
import type { Clinic, ClinicInput } from '../schemas';

export const SCHEDULE_KINDS = ['weekly', 'monthly-by-weekday', 'monthly-by-date'] as const;
export const NTH_CHOICES = [1, 2, 3, 4, -1] as const;

export const ClinicFormValues = ClinicFields.omit({ rrule: true })
  .extend({
    scheduleKind: z.enum(SCHEDULE_KINDS),
    weekdays: z.array(z.coerce.number().int().min(0).max(6)).default([]),
    interval: z.coerce.number().int().min(1, messageCode('clinics:validation.interval-min')).max(4, messageCode('clinics:validation.interval-max')),
    nth: z.coerce
      .number()
      .int()
      .refine((n) => (NTH_CHOICES as readonly number[]).includes(n), messageCode('clinics:validation.nth')),
    monthWeekday: z.coerce.number().int().min(0).max(6),
    monthDay: z.coerce.number().int().min(1, messageCode('clinics:validation.month-day')).max(31, messageCode('clinics:validation.month-day')),
  })
  .superRefine((values, ctx) => {
    if (values.scheduleKind === 'weekly' && values.weekdays.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['weekdays'], message: messageCode('clinics:validation.weekdays-required') });
    }
    if (values.closeTime <= values.openTime) {
      ctx.addIssue({ code: 'custom', path: ['closeTime'], message: messageCode('clinics:validation.close-after-open') });
    }
    if (values.endDate && values.endDate < values.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: messageCode('clinics:validation.end-before-start') });
    }
  });
export type ClinicFormInput = z.input<typeof ClinicFormValues>;
export type ClinicFormOutput = z.output<typeof ClinicFormValues>;

export function scheduleChoice(values: Pick<ClinicFormOutput, 'scheduleKind' | 'weekdays' | 'interval' | 'nth' | 'monthWeekday' | 'monthDay'>): RuleChoice {
  if (values.scheduleKind === 'weekly') return { kind: 'weekly', weekdays: values.weekdays, interval: values.interval };
  if (values.scheduleKind === 'monthly-by-weekday') return { kind: 'monthly-by-weekday', nth: values.nth as (typeof NTH_CHOICES)[number], weekday: values.monthWeekday };
  return { kind: 'monthly-by-date', day: values.monthDay };
}

export function blankClinicForm(today: string): ClinicFormInput {
  return {
    name: '',
    kind: 'appointments',
    venue: '',
    scheduleKind: 'weekly',
    weekdays: [],
    interval: 1,
    nth: 1,
    monthWeekday: 3,
    monthDay: 1,
    startDate: today,
    openTime: '10:00',
    closeTime: '13:00',
    slotMinutes: 30,
    placesPerSlot: 1,
    roles: [],
    active: true,
  };
}

export function clinicToForm(clinic: Clinic): ClinicFormInput {
  const { rrule, id: _id, createdAt: _c, updatedAt: _u, demo: _d, ...fields } = clinic;
  const choice = parseRuleChoice(rrule) ?? { kind: 'weekly', weekdays: [], interval: 1 };
  return {
    ...fields,
    venue: fields.venue ?? '',
    scheduleKind: choice.kind,
    // As text: the form's checkboxes carry their weekday as a string value.
    weekdays: choice.kind === 'weekly' ? choice.weekdays.map(String) : [],
    interval: choice.kind === 'weekly' ? choice.interval : 1,
    nth: choice.kind === 'monthly-by-weekday' ? choice.nth : 1,
    monthWeekday: choice.kind === 'monthly-by-weekday' ? choice.weekday : 3,
    monthDay: choice.kind === 'monthly-by-date' ? choice.day : 1,
  };
}

export function formToClinicInput(values: ClinicFormOutput): ClinicInput {
  const { scheduleKind: _k, weekdays: _w, interval: _i, nth: _n, monthWeekday: _m, monthDay: _d, ...fields } = values;
  return { ...fields, rrule: buildRule(scheduleChoice(values)) };
}
