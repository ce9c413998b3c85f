/**
 * Define or change a clinic: what it is, when it runs (in plain terms, stored as an
 * iCalendar rule), its hours and slots, and the volunteer roles each session needs.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ClinicFormValues,
  formToClinicInput,
  type ClinicFormInput,
  type ClinicFormOutput,
} from '../../../shared/frontdesk/clinic-form';
import { CLINIC_KINDS, type Clinic } from '../../../shared/schemas';
import { Field } from '../../ui/Field';
import { FormFooter, useSaveForm } from '../../ui/form-save';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';
import { RoleNeedsFieldset } from './RoleNeedsFieldset';
import { ScheduleFieldset } from './ScheduleFieldset';
import { useClinicWords } from './words/clinic-words';

export type ClinicFormApi = ReturnType<typeof useForm<ClinicFormInput, unknown, ClinicFormOutput>>;

interface ClinicFormProps {
  initial: ClinicFormInput;
  existing?: Clinic;
  save: (input: ReturnType<typeof formToClinicInput>) => Promise<{ clinic: Clinic; sessionsAdded: number }>;
  onSaved: (clinic: Clinic, sessionsAdded: number) => void;
  onCancel: () => void;
}

/** The stored rule's problems belong to the schedule part of the form. */
const fieldFor = (path: string): string => (path === 'rrule' ? 'weekdays' : path);

export function ClinicForm({ initial, existing, save, onSaved, onCancel }: ClinicFormProps) {
  const { t } = useTranslation('clinics');
  const words = useClinicWords();
  const form = useForm<ClinicFormInput, unknown, ClinicFormOutput>({
    resolver: zodResolver(ClinicFormValues),
    defaultValues: initial,
    ...VALIDATE_ON_SUBMIT,
  });
  const { guard, onSubmit } = useSaveForm(form, (values: ClinicFormOutput) => save(formToClinicInput(values)), (result) => onSaved(result.clinic, result.sessionsAdded), fieldFor);
  const errors = form.formState.errors;
  const number = { valueAsNumber: true } as const;

  return (
    <form autoComplete="off" className="clinic-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {guard}
      <fieldset className="form-section">
        <legend>{t('form.clinic')}</legend>
        <div className="form-grid">
          <Field label={t('form.name')} error={errors.name?.message}>
            <input className="input" autoComplete="off" {...form.register('name')} />
          </Field>
          <Field label={t('form.kind')} error={errors.kind?.message}>
            <select className="select" {...form.register('kind')}>
              {CLINIC_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {words.kind(kind)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('form.venue')} hint={t('form.venueHint')} error={errors.venue?.message}>
            <input className="input" autoComplete="off" {...form.register('venue')} />
          </Field>
        </div>
      </fieldset>
      <ScheduleFieldset form={form} />
      <fieldset className="form-section">
        <legend>{t('form.hours')}</legend>
        <div className="form-grid form-grid--4">
          <Field label={t('form.opens')} error={errors.openTime?.message}>
            <input className="input" type="time" {...form.register('openTime')} />
          </Field>
          <Field label={t('form.closes')} error={errors.closeTime?.message}>
            <input className="input" type="time" {...form.register('closeTime')} />
          </Field>
          <Field label={t('form.slotMinutes')} error={errors.slotMinutes?.message}>
            <input className="input" type="number" min={5} max={480} step={5} {...form.register('slotMinutes', number)} />
          </Field>
          <Field label={t('form.places')} error={errors.placesPerSlot?.message}>
            <input className="input" type="number" min={1} max={50} {...form.register('placesPerSlot', number)} />
          </Field>
        </div>
      </fieldset>
      <RoleNeedsFieldset form={form} />
      <FormFooter submitLabel={existing ? t('form.save') : t('form.create')} busy={form.formState.isSubmitting} onCancel={onCancel} />
    </form>
  );
}
