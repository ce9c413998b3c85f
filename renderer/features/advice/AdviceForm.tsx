/**
 * Log what was discussed with a client: issues, outcome, time, actions, a follow-up and
 * private notes. Immigration advice is refused for an adviser without a current
 * accreditation, with the message by the issues.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ADVICE_OUTCOMES, AdviceEntryInput, type AdviceEntry, type Client } from '../../../shared/schemas';
import type { z } from 'zod';
import { useClinics, useSettings, useVolunteers } from '../../data';
import { FormDateField } from '../../ui/FormDateField';
import { Field } from '../../ui/Field';
import { FormFooter, useSaveForm } from '../../ui/form-save';
import { UserText } from '../../ui/UserText';
import { CategoryChecklist } from './CategoryChecklist';
import { useOutcomeName } from './outcome-names';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';
import { Loading } from '../../ui/Loading';

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
  const { t } = useTranslation('advice');
  const outcomeName = useOutcomeName();
  const settings = useSettings();
  const clinics = useClinics();
  const advisers = useVolunteers()?.filter((v) => v.active && v.roles.includes('adviser'));
  const form = useForm<AdviceFormInput, unknown, AdviceFormOutput>({ resolver: zodResolver(AdviceEntryInput), defaultValues: initial, ...VALIDATE_ON_SUBMIT });
  const { guard, onSubmit } = useSaveForm(form, save, onSaved);
  const errors = form.formState.errors;
  // The lists load first, so the clinic chosen by an appointment finds its option.
  if (!settings || !clinics || !advisers) return <Loading label={t('form.loading')} />;
  return (
    <form autoComplete="off" className="advice-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      {guard}
      <fieldset className="form-section">
        <legend>{t('form.conversation')}</legend>
        <p className="advice-form__who">
          {t('form.with')}{' '}
          <strong>
            <UserText>{client.name}</UserText>
          </strong>{' '}
          {client.nameLatin ? (
            <span className="muted">
              (<UserText>{client.nameLatin}</UserText>)
            </span>
          ) : null}{' '}
          <span className="ref">{client.ref}</span>
        </p>
        <div className="form-grid">
          <FormDateField control={form.control} name="date" label={t('form.date')} />
          <Field label={t('form.adviser')} hint={t('form.adviserHint')} error={errors.adviserName?.message}>
            <input className="input" list="advisers" autoComplete="off" {...form.register('adviserName')} />
          </Field>
          <Field label={t('form.clinic')} error={errors.clinicId?.message}>
            <select className="select" {...form.register('clinicId', optional)}>
              <option value="">{t('form.notInClinic')}</option>
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
          <Field label={t('form.outcome')} error={errors.outcome?.message}>
            <select className="select" {...form.register('outcome')}>
              {ADVICE_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {outcomeName(o)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('form.minutes')} error={errors.minutes?.message}>
            <input className="input input--short" type="number" min={1} max={600} {...form.register('minutes', { valueAsNumber: true })} />
          </Field>
          <FormDateField control={form.control} name="followUpDate" label={t('form.followUp')} hint={t('form.followUpHint')} optional />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('form.whatWasDone')}</legend>
        <Field label={t('form.actions')} error={errors.actions?.message}>
          <textarea className="input textarea" rows={3} dir="auto" {...form.register('actions')} />
        </Field>
        <Field label={t('form.notes')} hint={t('form.notesHint')} error={errors.notes?.message}>
          <textarea className="input textarea" rows={5} dir="auto" {...form.register('notes')} />
        </Field>
      </fieldset>
      <FormFooter submitLabel={existing ? t('form.saveChanges') : t('form.saveAdvice')} busy={form.formState.isSubmitting} onCancel={onCancel} />
    </form>
  );
}
