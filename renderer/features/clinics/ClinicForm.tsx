/**
 * Define or change a clinic: what it is, when it runs (in plain terms, stored as an
 * iCalendar rule), its hours and slots, and the volunteer roles each session needs.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import {
  ClinicFormValues,
  formToClinicInput,
  type ClinicFormInput,
  type ClinicFormOutput,
} from '../../../shared/frontdesk/clinic-form';
import { CLINIC_KINDS, type Clinic } from '../../../shared/schemas';
import { CLINIC_KIND_LABELS } from '../../format/labels';
import { Field } from '../../ui/Field';
import { FormFooter, useSaveForm } from '../../ui/form-save';
import { RoleNeedsFieldset } from './RoleNeedsFieldset';
import { ScheduleFieldset } from './ScheduleFieldset';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';

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
  const form = useForm<ClinicFormInput, unknown, ClinicFormOutput>({
    resolver: zodResolver(ClinicFormValues),
    defaultValues: initial,
    ...VALIDATE_ON_SUBMIT,
  });
  const { guard, onSubmit } = useSaveForm(form, (values: ClinicFormOutput) => save(formToClinicInput(values)), (result) => onSaved(result.clinic, result.sessionsAdded), fieldFor);
  const errors = form.formState.errors;
  const number = { valueAsNumber: true } as const;

  return (
    <form className="clinic-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {guard}
      <fieldset className="form-section">
        <legend>The clinic</legend>
        <div className="form-grid">
          <Field label="Clinic name" error={errors.name?.message}>
            <input className="input" autoComplete="off" {...form.register('name')} />
          </Field>
          <Field label="Kind" error={errors.kind?.message}>
            <select className="select" {...form.register('kind')}>
              {CLINIC_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {CLINIC_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Venue" hint="Optional: where it meets." error={errors.venue?.message}>
            <input className="input" autoComplete="off" {...form.register('venue')} />
          </Field>
        </div>
      </fieldset>
      <ScheduleFieldset form={form} />
      <fieldset className="form-section">
        <legend>Hours and slots</legend>
        <div className="form-grid form-grid--4">
          <Field label="Opens at" error={errors.openTime?.message}>
            <input className="input" type="time" {...form.register('openTime')} />
          </Field>
          <Field label="Closes at" error={errors.closeTime?.message}>
            <input className="input" type="time" {...form.register('closeTime')} />
          </Field>
          <Field label="Slot length (minutes)" error={errors.slotMinutes?.message}>
            <input className="input" type="number" min={5} max={480} step={5} {...form.register('slotMinutes', number)} />
          </Field>
          <Field label="Places per slot" error={errors.placesPerSlot?.message}>
            <input className="input" type="number" min={1} max={50} {...form.register('placesPerSlot', number)} />
          </Field>
        </div>
      </fieldset>
      <RoleNeedsFieldset form={form} />
      <FormFooter submitLabel={existing ? 'Save changes' : 'Create clinic'} busy={form.formState.isSubmitting} onCancel={onCancel} />
    </form>
  );
}
