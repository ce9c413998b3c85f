/** The volunteer form's simpler sections: who they are, their roles, and how much they give. */
import { Controller, type UseFormReturn } from 'react-hook-form';
import { roleLabel } from '../../../format/labels';
import { Field } from '../../../ui/Field';
import type { VolunteerFormInput, VolunteerFormOutput } from './volunteer-form';
import { wordMessage } from '../../../i18n';

export type VolunteerFormApi = UseFormReturn<VolunteerFormInput, unknown, VolunteerFormOutput>;

export function DetailsSection({ form }: { form: VolunteerFormApi }) {
  const errors = form.formState.errors;
  return (
    <fieldset className="form-section">
      <legend>Who they are</legend>
      <div className="form-grid">
        <Field label="Name" error={errors.name?.message}>
          <input className="input input--name" dir="auto" autoComplete="off" {...form.register('name')} />
        </Field>
        <Field label="Phone" error={errors.phone?.message}>
          <input className="input" type="tel" inputMode="tel" autoComplete="off" {...form.register('phone')} />
        </Field>
        <Field label="Email" error={errors.email?.message}>
          <input className="input" type="email" autoComplete="off" {...form.register('email')} />
        </Field>
      </div>
    </fieldset>
  );
}

/** Roles from Settings; a role the volunteer holds that Settings no longer lists stays visible. */
export function RolesSection({ form, roles }: { form: VolunteerFormApi; roles: readonly string[] }) {
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
            <legend>Roles</legend>
            <p className="form-section__intro muted">What they can do on a shift. The rota offers them only for these.</p>
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
                  {roleLabel(role)}
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
  const errors = form.formState.errors;
  return (
    <fieldset className="form-section">
      <legend>Commitment</legend>
      <div className="form-grid">
        <Field
          label="Preferred maximum shifts a month"
          hint="Optional. The rota warns before going over it."
          error={errors.maxShiftsPerMonth?.message}
        >
          <input className="input input--short" type="number" min={0} max={62} step={1} inputMode="numeric" {...form.register('maxShiftsPerMonth')} />
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" {...form.register('active')} />
        Active (untick when they retire)
      </label>
    </fieldset>
  );
}
