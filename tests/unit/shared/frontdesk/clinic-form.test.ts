import { describe, expect, it } from 'vitest';
import { blankClinicForm, ClinicFormValues, clinicToForm, formToClinicInput, scheduleChoice } from '../../../../shared/frontdesk/clinic-form';
import { messageCode } from '../../../../shared/messages/message-code';
import { Clinic } from '../../../../shared/schemas';

const base = { ...blankClinicForm('2026-11-01'), name: 'Immigration surgery' };

describe('the clinic form', () => {
  it('turns "first Thursday of the month" into an RRULE and a choice the screen words', () => {
    const values = ClinicFormValues.parse({ ...base, scheduleKind: 'monthly-by-weekday', nth: 1, monthWeekday: 3 });
    const input = formToClinicInput(values);
    expect(input.rrule).toBe('FREQ=MONTHLY;BYDAY=+1TH');
    expect(scheduleChoice(values)).toEqual({ kind: 'monthly-by-weekday', nth: 1, weekday: 3 });
  });

  it('says its own problems as message codes the screen words in the volunteer’s language', () => {
    const result = ClinicFormValues.safeParse({ ...base, weekdays: ['1'], interval: 9, endDate: '2026-10-01' });
    const messages = (result.error?.issues ?? []).map((issue) => issue.message);
    expect(messages).toEqual(expect.arrayContaining([messageCode('clinics:validation.interval-max'), messageCode('clinics:validation.end-before-start')]));
  });

  it('weekly needs at least one day; checkbox values arrive as text and become weekday numbers', () => {
    expect(ClinicFormValues.safeParse(base).error?.issues[0]).toMatchObject({ path: ['weekdays'], message: messageCode('clinics:validation.weekdays-required') });
    const input = formToClinicInput(ClinicFormValues.parse({ ...base, weekdays: ['0', '2', '4'] }));
    expect(input.rrule).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,WE,FR');
  });

  it('a stored clinic fills the form with the same choices', () => {
    const input = formToClinicInput(ClinicFormValues.parse({ ...base, scheduleKind: 'monthly-by-weekday', nth: -1, monthWeekday: 4 }));
    const stored = Clinic.parse({ ...input, id: 'k1', createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z' });
    expect(clinicToForm(stored)).toMatchObject({ scheduleKind: 'monthly-by-weekday', nth: -1, monthWeekday: 4, name: 'Immigration surgery' });
    const weekly = Clinic.parse({ ...stored, rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' });
    expect(clinicToForm(weekly)).toMatchObject({ scheduleKind: 'weekly', weekdays: ['1'], interval: 2 });
  });

  it('closing time after opening time, said next to closing time', () => {
    const result = ClinicFormValues.safeParse({ ...base, weekdays: ['1'], openTime: '14:00', closeTime: '13:00' });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['closeTime'], message: messageCode('clinics:validation.close-after-open') })]);
  });
});
