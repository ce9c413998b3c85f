/** The client form's sections: name, contact, and facts about the person. */
import { Controller, type UseFormReturn } from 'react-hook-form';
import type { ClientFormInput, ClientFormOutput } from '../../../shared/frontdesk/client-form';
import { AGE_BANDS, GENDERS, IMMIGRATION_STATUSES } from '../../../shared/schemas';
import { CountryPicker, LanguagePicker, LanguagesPicker } from '../../ui/code-pickers';
import { Field } from '../../ui/Field';
import { AGE_BAND_LABELS, GENDER_LABELS, IMMIGRATION_STATUS_LABELS } from './client-labels';

type ClientFormApi = UseFormReturn<ClientFormInput, unknown, ClientFormOutput>;

const errorOf = (form: ClientFormApi, name: keyof ClientFormInput): string | undefined =>
  form.formState.errors[name]?.message as string | undefined;

export function NameSection({ form }: { form: ClientFormApi }) {
  return (
    <fieldset className="form-section">
      <legend>Name</legend>
      <div className="form-grid">
        <Field label="Name" hint="As the person writes it, in any script." error={errorOf(form, 'name')}>
          <input className="input input--name" dir="auto" autoComplete="off" {...form.register('name')} />
        </Field>
        <Field label="Name in Latin letters" hint="Optional: how colleagues can read and search it." error={errorOf(form, 'nameLatin')}>
          <input className="input" autoComplete="off" {...form.register('nameLatin')} />
        </Field>
      </div>
    </fieldset>
  );
}

export function ContactSection({ form }: { form: ClientFormApi }) {
  return (
    <fieldset className="form-section">
      <legend>Contact</legend>
      <div className="form-grid">
        <Field label="Phone" error={errorOf(form, 'phone')}>
          <input className="input" type="tel" inputMode="tel" autoComplete="off" {...form.register('phone')} />
        </Field>
        <Field label="Email" error={errorOf(form, 'email')}>
          <input className="input" type="email" autoComplete="off" {...form.register('email')} />
        </Field>
      </div>
    </fieldset>
  );
}

const optionalNumber = { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? undefined : Number(v)) };
const optionalChoice = { setValueAs: (v: unknown) => (v === '' ? undefined : v) };

export function AboutSection({ form }: { form: ClientFormApi }) {
  const gender = form.watch('gender');
  const interpreterNeeded = form.watch('interpreterNeeded');
  return (
    <fieldset className="form-section">
      <legend>About them</legend>
      <div className="form-grid">
        <Field label="Year of birth" hint="Or choose an age band if they prefer." error={errorOf(form, 'birthYear')}>
          <input className="input input--short" inputMode="numeric" autoComplete="off" {...form.register('birthYear', optionalNumber)} />
        </Field>
        <Field label="Age band" error={errorOf(form, 'ageBand')}>
          <select className="select" {...form.register('ageBand', optionalChoice)}>
            <option value="">Not given</option>
            {AGE_BANDS.map((band) => (
              <option key={band} value={band}>
                {AGE_BAND_LABELS[band]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Gender" error={errorOf(form, 'gender')}>
          <select className="select" {...form.register('gender', optionalChoice)}>
            <option value="">Not given</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {GENDER_LABELS[g]}
              </option>
            ))}
          </select>
        </Field>
        {gender === 'self-described' ? (
          <Field label="Gender in their words" error={errorOf(form, 'genderSelfDescribed')}>
            <input className="input" dir="auto" {...form.register('genderSelfDescribed')} />
          </Field>
        ) : null}
        <Controller
          control={form.control}
          name="nationality"
          render={({ field }) => (
            <Field label="Nationality" error={errorOf(form, 'nationality')}>
              <CountryPicker value={field.value} onChange={field.onChange} />
            </Field>
          )}
        />
        <Controller
          control={form.control}
          name="languages"
          render={({ field }) => (
            <Field label="Languages" hint="Main language first." error={errorOf(form, 'languages')}>
              <LanguagesPicker value={field.value ?? []} onChange={field.onChange} />
            </Field>
          )}
        />
        <label className="checkbox">
          <input type="checkbox" {...form.register('interpreterNeeded')} />
          Needs an interpreter
        </label>
        {interpreterNeeded ? (
          <Controller
            control={form.control}
            name="interpreterLanguage"
            render={({ field }) => (
              <Field label="Interpreter language" error={errorOf(form, 'interpreterLanguage')}>
                <LanguagePicker value={field.value} onChange={field.onChange} />
              </Field>
            )}
          />
        ) : null}
        <Field label="Area" hint="First half of the postcode only, for example G42." error={errorOf(form, 'area')}>
          <input className="input input--short" autoComplete="off" {...form.register('area')} />
        </Field>
        <Field label="Year of arrival in the UK" error={errorOf(form, 'arrivalYear')}>
          <input className="input input--short" inputMode="numeric" autoComplete="off" {...form.register('arrivalYear', optionalNumber)} />
        </Field>
        <Field
          label="Immigration status"
          hint="Optional. Ask only if it helps the advice, and only if the person is happy to say."
          error={errorOf(form, 'immigrationStatus')}
        >
          <select className="select" {...form.register('immigrationStatus', optionalChoice)}>
            <option value="">Not recorded</option>
            {IMMIGRATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {IMMIGRATION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </fieldset>
  );
}
