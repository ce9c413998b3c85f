/** The volunteer form's simpler sections: who they are, their roles, and how much they give. */
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { useRotaWords } from '../words/use-rota-words';
import type { VolunteerFormInput, VolunteerFormOutput } from './volunteer-form';
import { wordMessage } from '../../../i18n';

export type VolunteerFormApi = UseFormReturn<VolunteerFormInput, unknown, VolunteerFormOutput>;

export function DetailsSection({ form }: { form: VolunteerFormApi }) {
  const { t } = useTranslation('volunteers');
  const errors = form.formState.errors;
  return (
    <fieldset className="form-section">
      <legend>{t('form.details.legend')}</legend>
      <div className="form-grid">
        <Field label={t('form.details.name')} error={errors.name?.message}>
          <input className="input input--name" dir="auto" autoComplete="off" {...form.register('name')} />
        </Field>
        <Field label={t('form.details.phone')} error={errors.phone?.message}>
          <input className="input" type="tel" inputMode="tel" dir="ltr" autoComplete="off" {...form.register('phone')} />
        </Field>
        <Field label={t('form.details.email')} error={errors.email?.message}>
          <input className="input" type="email" dir="ltr" autoComplete="off" {...form.register('email')} />
        </Field>
      </div>
    </fieldset>
  );
}

/** Roles from Settings; a role the volunteer holds that Settings no longer lists stays visible. */
export function RolesSection({ form, roles }: { form: VolunteerFormApi; roles: readonly string[] }) {
  const { t } = useTranslation('volunteers');
  const words = useRotaWords();
  const error = form.formState.errors.roles;
  const message = error?.message ?? (Array.isArray(error) ? error.find((e) => e?.message)?.message : undefined);
  return (
    <Controller
      control={form.control}
      name="roles"
      render={({ field }) => {
        const chosen = field.value ?? [];
        const shown = [...roles, ...chosen.filter((r) => !roles.includes(r))];
        return (
          <fieldset className="form-section" aria-invalid={message ? true : undefined}>
            <legend>{t('form.roles.legend')}</legend>
            <p className="form-section__intro muted">{t('form.roles.intro')}</p>
            <div className="volunteer-roles">
              {shown.map((role) => (
                <label key={role} className="checkbox">
                  <input
                    type="checkbox"
                    ref={role === shown[0] ? field.ref : undefined}
                    checked={chosen.includes(role)}
                    onBlur={field.onBlur}
                    onChange={(event) => field.onChange(event.target.checked ? [...chosen, role] : chosen.filter((r) => r !== role))}
                  />
                  {words.role(role)}
                </label>
              ))}
            </div>
            {message ? <span className="field__error">{wordMessage(message)}</span> : null}
          </fieldset>
        );
      }}
    />
  );
}

export function CommitmentSection({ form }: { form: VolunteerFormApi }) {
  const { t } = useTranslation('volunteers');
  const errors = form.formState.errors;
  return (
    <fieldset className="form-section">
      <legend>{t('form.commitment.legend')}</legend>
      <div className="form-grid">
        <Field label={t('form.commitment.maxShifts')} hint={t('form.commitment.maxShiftsHint')} error={errors.maxShiftsPerMonth?.message}>
          <input className="input input--short" type="number" min={0} max={62} step={1} inputMode="numeric" {...form.register('maxShiftsPerMonth')} />
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" {...form.register('active')} />
        {t('form.commitment.active')}
      </label>
    </fieldset>
  );
}
