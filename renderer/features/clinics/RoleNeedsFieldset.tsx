/** The volunteers each session needs: a role, how many, and a language for interpreters. */
import { Controller, useFieldArray } from 'react-hook-form';
import { useSettings } from '../../data';
import { roleLabel } from '../../format/labels';
import { Button } from '../../ui/Button';
import { LanguagePicker } from '../../ui/code-pickers';
import { Field } from '../../ui/Field';
import type { ClinicFormApi } from './ClinicForm';

export function RoleNeedsFieldset({ form }: { form: ClinicFormApi }) {
  const settings = useSettings();
  const roles = settings?.volunteerRoles ?? [];
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'roles' });
  const errors = form.formState.errors.roles;
  return (
    <fieldset className="form-section">
      <legend>Volunteers each session needs</legend>
      {fields.length === 0 ? <p className="muted">None yet. The rota uses these to show gaps.</p> : null}
      {fields.map((field, index) => (
        <div key={field.id} className="role-need" role="group" aria-label={`Role ${index + 1}`}>
          <Field label="Role">
            <select className="select" {...form.register(`roles.${index}.role`)}>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {roleLabel(role)}
                </option>
              ))}
            </select>
          </Field>
          <Field label="How many" error={errors?.[index]?.count?.message}>
            <input className="input input--short" type="number" min={1} max={20} {...form.register(`roles.${index}.count`, { valueAsNumber: true })} />
          </Field>
          <Controller
            control={form.control}
            name={`roles.${index}.language`}
            render={({ field: language }) => (
              <Field label="Language (interpreters)">
                <LanguagePicker value={language.value} onChange={language.onChange} />
              </Field>
            )}
          />
          <Button variant="quiet" onClick={() => remove(index)} aria-label={`Remove role ${index + 1}`}>
            Remove
          </Button>
        </div>
      ))}
      <Button onClick={() => append({ role: roles[0] ?? 'adviser', count: 1 })}>Add a role</Button>
    </fieldset>
  );
}
