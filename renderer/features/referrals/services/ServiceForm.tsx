/** Add or change a service in the local directory. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ServiceInput, type Service } from '../../../../shared/schemas';
import { useSettings } from '../../../data';
import { LanguagesPicker } from '../../../ui/code-pickers';
import { Field } from '../../../ui/Field';
import { FormFooter, useSaveForm } from '../../../ui/form-save';
import { CategoryChecklist } from '../../advice/CategoryChecklist';
import { VALIDATE_ON_SUBMIT } from '../../../ui/form-validation';

type ServiceFormInput = z.input<typeof ServiceInput>;
type ServiceFormOutput = z.output<typeof ServiceInput>;

export function ServiceForm({
  initial,
  existing,
  save,
  onSaved,
  onCancel,
}: {
  initial: ServiceFormInput;
  existing?: Service;
  save: (input: ServiceFormOutput) => Promise<Service>;
  onSaved: (service: Service) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('referrals');
  const settings = useSettings();
  const form = useForm<ServiceFormInput, unknown, ServiceFormOutput>({ resolver: zodResolver(ServiceInput), defaultValues: initial, ...VALIDATE_ON_SUBMIT });
  const { guard, onSubmit } = useSaveForm(form, save, onSaved);
  const errors = form.formState.errors;
  return (
    <form autoComplete="off" className="client-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      {guard}
      <fieldset className="form-section">
        <legend>{t('serviceForm.theService')}</legend>
        <div className="form-grid">
          <Field label={t('serviceForm.name')} error={errors.name?.message}>
            <input className="input" {...form.register('name')} />
          </Field>
          <Field label={t('serviceForm.organisation')} error={errors.organisation?.message}>
            <input className="input" {...form.register('organisation')} />
          </Field>
        </div>
        <Field label={t('serviceForm.description')} error={errors.description?.message}>
          <textarea className="input textarea" rows={3} {...form.register('description')} />
        </Field>
        <Controller
          control={form.control}
          name="categories"
          render={({ field }) => (
            <CategoryChecklist legend={t('services.columns.helps')} categories={settings?.issueCategories ?? []} value={field.value ?? []} onChange={field.onChange} error={errors.categories?.message} />
          )}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('serviceForm.contact')}</legend>
        <div className="form-grid">
          <Field label={t('serviceForm.phone')} error={errors.phone?.message}>
            <input className="input" type="tel" {...form.register('phone')} />
          </Field>
          <Field label={t('serviceForm.email')} error={errors.email?.message}>
            <input className="input" type="email" {...form.register('email')} />
          </Field>
          <Field label={t('serviceForm.website')} hint={t('serviceForm.websiteHint')} error={errors.website?.message}>
            <input className="input" type="url" {...form.register('website')} />
          </Field>
          <Field label={t('serviceForm.address')} error={errors.address?.message}>
            <input className="input" {...form.register('address')} />
          </Field>
          <Field label={t('serviceForm.openingTimes')} error={errors.openingTimes?.message}>
            <input className="input" {...form.register('openingTimes')} />
          </Field>
          <Field label={t('serviceForm.eligibility')} error={errors.eligibility?.message}>
            <input className="input" {...form.register('eligibility')} />
          </Field>
          <Controller
            control={form.control}
            name="languages"
            render={({ field }) => (
              <Field label={t('serviceForm.languages')} error={errors.languages?.message}>
                <LanguagesPicker value={field.value ?? []} onChange={field.onChange} />
              </Field>
            )}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" {...form.register('interpretationOffered')} /> {t('serviceForm.interpreting')}
        </label>
        <label className="checkbox">
          <input type="checkbox" {...form.register('active')} /> {t('serviceForm.open')}
        </label>
        <Field label={t('serviceForm.notes')} error={errors.notes?.message}>
          <textarea className="input textarea" rows={2} {...form.register('notes')} />
        </Field>
      </fieldset>
      <FormFooter submitLabel={existing ? t('serviceForm.saveChanges') : t('serviceForm.addService')} busy={form.formState.isSubmitting} onCancel={onCancel} />
    </form>
  );
}
