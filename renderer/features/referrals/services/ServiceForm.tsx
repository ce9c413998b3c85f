/** Add or change a service in the local directory. */
import { zodResolver } from '@hookform/resolvers/zod';
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
  const settings = useSettings();
  const form = useForm<ServiceFormInput, unknown, ServiceFormOutput>({ resolver: zodResolver(ServiceInput), defaultValues: initial, ...VALIDATE_ON_SUBMIT });
  const { guard, onSubmit } = useSaveForm(form, save, onSaved);
  const errors = form.formState.errors;
  return (
    <form className="client-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      {guard}
      <fieldset className="form-section">
        <legend>The service</legend>
        <div className="form-grid">
          <Field label="Service name" error={errors.name?.message}>
            <input className="input" {...form.register('name')} />
          </Field>
          <Field label="Organisation" error={errors.organisation?.message}>
            <input className="input" {...form.register('organisation')} />
          </Field>
        </div>
        <Field label="What it offers" error={errors.description?.message}>
          <textarea className="input textarea" rows={3} {...form.register('description')} />
        </Field>
        <Controller
          control={form.control}
          name="categories"
          render={({ field }) => (
            <CategoryChecklist legend="Helps with" categories={settings?.issueCategories ?? []} value={field.value ?? []} onChange={field.onChange} error={errors.categories?.message} />
          )}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>Contact and access</legend>
        <div className="form-grid">
          <Field label="Phone" error={errors.phone?.message}>
            <input className="input" type="tel" {...form.register('phone')} />
          </Field>
          <Field label="Email" error={errors.email?.message}>
            <input className="input" type="email" {...form.register('email')} />
          </Field>
          <Field label="Website" hint="A full address starting with https://" error={errors.website?.message}>
            <input className="input" type="url" {...form.register('website')} />
          </Field>
          <Field label="Address" error={errors.address?.message}>
            <input className="input" {...form.register('address')} />
          </Field>
          <Field label="Opening times" error={errors.openingTimes?.message}>
            <input className="input" {...form.register('openingTimes')} />
          </Field>
          <Field label="Who can use it" error={errors.eligibility?.message}>
            <input className="input" {...form.register('eligibility')} />
          </Field>
          <Controller
            control={form.control}
            name="languages"
            render={({ field }) => (
              <Field label="Languages spoken" error={errors.languages?.message}>
                <LanguagesPicker value={field.value ?? []} onChange={field.onChange} />
              </Field>
            )}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" {...form.register('interpretationOffered')} /> Offers interpreting
        </label>
        <label className="checkbox">
          <input type="checkbox" {...form.register('active')} /> Open to referrals
        </label>
        <Field label="Notes for volunteers" error={errors.notes?.message}>
          <textarea className="input textarea" rows={2} {...form.register('notes')} />
        </Field>
      </fieldset>
      <FormFooter submitLabel={existing ? 'Save changes' : 'Add service'} busy={form.formState.isSubmitting} onCancel={onCancel} />
    </form>
  );
}
