/**
 * Log what was discussed with a client: issues, outcome, time, actions, a follow-up and
 * private notes. Immigration advice is refused for an adviser without a current
 * accreditation, with the message by the issues.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { ADVICE_OUTCOMES, AdviceEntryInput, type AdviceEntry, type Client } from '../../../shared/schemas';
import type { z } from 'zod';
import { useClinics, useSettings, useVolunteers } from '../../data';
import { OUTCOME_LABELS } from '../../format/labels';
import { Field } from '../../ui/Field';
import { FormFooter, useSaveForm } from '../../ui/form-save';
import { CategoryChecklist } from './CategoryChecklist';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';

type AdviceFormInput = z.input<typeof AdviceEntryInput>;
type AdviceFormOutput = z.output<typeof AdviceEntryInput>;

interface AdviceFormProps {
  client: Client;
  initial: AdviceFormInput;
  existing?: AdviceEntry;
  save: (input: AdviceFormOutput) => Promise<AdviceEntry>;
  onSaved: (entry: AdviceEntry) => void;
  onCancel: () => void;
}

const optional = { setValueAs: (v: unknown) => (v === '' ? undefined : v) };

export function AdviceForm({ client, initial, existing, save, onSaved, onCancel }: AdviceFormProps) {
  const settings = useSettings();
  const clinics = useClinics();
  const advisers = useVolunteers()?.filter((v) => v.active && v.roles.includes('adviser'));
  const form = useForm<AdviceFormInput, unknown, AdviceFormOutput>({ resolver: zodResolver(AdviceEntryInput), defaultValues: initial, ...VALIDATE_ON_SUBMIT });
  const { guard, onSubmit } = useSaveForm(form, save, onSaved);
  const errors = form.formState.errors;
  // The lists load first, so the clinic chosen by an appointment finds its option.
  if (!settings || !clinics || !advisers) return <p className="muted">Loading…</p>;
  return (
    <form className="advice-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      {guard}
      <fieldset className="form-section">
        <legend>The conversation</legend>
        <p className="advice-form__who">
          With <strong><bdi>{client.name}</bdi></strong> {client.nameLatin ? <span className="muted">({client.nameLatin})</span> : null}{' '}
          <span className="ref">{client.ref}</span>
        </p>
        <div className="form-grid">
          <Field label="Date" error={errors.date?.message}>
            <input className="input" type="date" {...form.register('date')} />
          </Field>
          <Field label="Adviser" hint="Your name as on the volunteer list." error={errors.adviserName?.message}>
            <input className="input" list="advisers" autoComplete="off" {...form.register('adviserName')} />
          </Field>
          <Field label="Clinic" error={errors.clinicId?.message}>
            <select className="select" {...form.register('clinicId', optional)}>
              <option value="">Not in a clinic</option>
              {clinics?.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <datalist id="advisers">
          {advisers?.map((v) => <option key={v.id} value={v.name} />)}
        </datalist>
        <Controller
          control={form.control}
          name="categories"
          render={({ field }) => (
            <CategoryChecklist categories={settings?.issueCategories ?? []} value={field.value ?? []} onChange={field.onChange} error={errors.categories?.message} />
          )}
        />
        <div className="form-grid">
          <Field label="Outcome" error={errors.outcome?.message}>
            <select className="select" {...form.register('outcome')}>
              {ADVICE_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {OUTCOME_LABELS[o] ?? o}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Minutes spent" error={errors.minutes?.message}>
            <input className="input input--short" type="number" min={1} max={600} {...form.register('minutes', { valueAsNumber: true })} />
          </Field>
          <Field label="Follow up on" hint="Optional: a date to check back." error={errors.followUpDate?.message}>
            <input className="input" type="date" {...form.register('followUpDate', optional)} />
          </Field>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>What was done</legend>
        <Field label="Actions taken" error={errors.actions?.message}>
          <textarea className="input textarea" rows={3} dir="auto" {...form.register('actions')} />
        </Field>
        <Field label="Notes" hint="Private to this person’s record: never in a report or export." error={errors.notes?.message}>
          <textarea className="input textarea" rows={5} dir="auto" {...form.register('notes')} />
        </Field>
      </fieldset>
      <FormFooter submitLabel={existing ? 'Save changes' : 'Save advice'} busy={form.formState.isSubmitting} onCancel={onCancel} />
    </form>
  );
}
