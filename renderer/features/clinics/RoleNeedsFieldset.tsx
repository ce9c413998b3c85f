/** The volunteers each session needs: a role, how many, and a language for interpreters. */
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../data';
import { Button } from '../../ui/Button';
import { LanguagePicker } from '../../ui/code-pickers';
import { Field } from '../../ui/Field';
import type { ClinicFormApi } from './ClinicForm';
import { useClinicWords } from './words/clinic-words';

export function RoleNeedsFieldset({ form }: { form: ClinicFormApi }) {
  const { t } = useTranslation('clinics');
  const words = useClinicWords();
  const settings = useSettings();
  const roles = settings?.volunteerRoles ?? [];
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'roles' });
  const errors = form.formState.errors.roles;
  return (
    <fieldset className="form-section">
      <legend>{t('roles.legend')}</legend>
      {fields.length === 0 ? <p className="muted">{t('roles.none')}</p> : null}
      {fields.map((field, index) => (
        <div key={field.id} className="role-need" role="group" aria-label={t('roles.group', { number: index + 1 })}>
          <Field label={t('roles.role')}>
            <select className="select" {...form.register(`roles.${index}.role`)}>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {words.role(role)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('roles.count')} error={errors?.[index]?.count?.message}>
            <input className="input input--short" type="number" min={1} max={20} {...form.register(`roles.${index}.count`, { valueAsNumber: true })} />
          </Field>
          <Controller
            control={form.control}
            name={`roles.${index}.language`}
            render={({ field: language }) => (
              <Field label={t('roles.language')}>
                <LanguagePicker value={language.value} onChange={language.onChange} />
              </Field>
            )}
          />
          <Button variant="quiet" onClick={() => remove(index)} aria-label={t('roles.removeLabel', { number: index + 1 })}>
            {t('roles.remove')}
          </Button>
        </div>
      ))}
      <Button onClick={() => append({ role: roles[0] ?? 'adviser', count: 1 })}>{t('roles.add')}</Button>
    </fieldset>
  );
}
