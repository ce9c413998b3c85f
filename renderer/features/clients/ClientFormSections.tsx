/** The client form's sections: name, contact, and facts about the person. */
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ClientFormInput, ClientFormOutput } from '../../../shared/frontdesk/client-form';
import { AGE_BANDS, GENDERS, IMMIGRATION_STATUSES } from '../../../shared/schemas';
import { CountryPicker, LanguagePicker, LanguagesPicker } from '../../ui/code-pickers';
import { Field } from '../../ui/Field';
import { useClientLabels } from './client-labels';

type ClientFormApi = UseFormReturn<ClientFormInput, unknown, ClientFormOutput>;

/** The field's message (a code: Field words it in the chosen language). */
function useErrorOf(form: ClientFormApi) {
  return (name: keyof ClientFormInput): string | undefined => form.formState.errors[name]?.message as string | undefined;
}

export function NameSection({ form }: { form: ClientFormApi }) {
  const { t } = useTranslation('clients');
  const errorOf = useErrorOf(form);
  return (
    <fieldset className="form-section">
      <legend>{t('form.nameSection')}</legend>
      <div className="form-grid">
        <Field label={t('form.name')} hint={t('form.nameHint')} error={errorOf('name')}>
          <input className="input input--name" dir="auto" autoComplete="off" {...form.register('name')} />
        </Field>
        <Field label={t('form.nameLatin')} hint={t('form.nameLatinHint')} error={errorOf('nameLatin')}>
          <input className="input" dir="auto" autoComplete="off" {...form.register('nameLatin')} />
        </Field>
      </div>
    </fieldset>
  );
}

export function ContactSection({ form }: { form: ClientFormApi }) {
  const { t } = useTranslation('clients');
  const errorOf = useErrorOf(form);
  return (
    <fieldset className="form-section">
      <legend>{t('form.contactSection')}</legend>
      <div className="form-grid">
        <Field label={t('form.phone')} error={errorOf('phone')}>
          <input className="input" type="tel" inputMode="tel" dir="ltr" autoComplete="off" {...form.register('phone')} />
        </Field>
        <Field label={t('form.email')} error={errorOf('email')}>
          <input className="input" type="email" dir="ltr" autoComplete="off" {...form.register('email')} />
        </Field>
      </div>
    </fieldset>
  );
}

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits read as 0–9, so a year can be typed on an Arabic or Farsi keyboard. */
const westernDigits = (text: string): string =>
  text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90));

const optionalNumber = {
  setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? undefined : Number(typeof v === 'string' ? westernDigits(v.trim()) : v)),
};
const optionalChoice = { setValueAs: (v: unknown) => (v === '' ? undefined : v) };

export function AboutSection({ form }: { form: ClientFormApi }) {
  const { t } = useTranslation('clients');
  const labels = useClientLabels();
  const errorOf = useErrorOf(form);
  const gender = form.watch('gender');
  const interpreterNeeded = form.watch('interpreterNeeded');
  return (
    <fieldset className="form-section">
      <legend>{t('form.aboutSection')}</legend>
      <div className="form-grid">
        <Field label={t('form.birthYear')} hint={t('form.birthYearHint')} error={errorOf('birthYear')}>
          <input className="input input--short" inputMode="numeric" autoComplete="off" {...form.register('birthYear', optionalNumber)} />
        </Field>
        <Field label={t('form.ageBand')} error={errorOf('ageBand')}>
          <select className="select" {...form.register('ageBand', optionalChoice)}>
            <option value="">{t('form.notGiven')}</option>
            {AGE_BANDS.map((band) => (
              <option key={band} value={band}>
                {labels.ageBand(band)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('form.gender')} error={errorOf('gender')}>
          <select className="select" {...form.register('gender', optionalChoice)}>
            <option value="">{t('form.notGiven')}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {labels.gender(g)}
              </option>
            ))}
          </select>
        </Field>
        {gender === 'self-described' ? (
          <Field label={t('form.genderOwnWords')} error={errorOf('genderSelfDescribed')}>
            <input className="input" dir="auto" {...form.register('genderSelfDescribed')} />
          </Field>
        ) : null}
        <Controller
          control={form.control}
          name="nationality"
          render={({ field }) => (
            <Field label={t('form.nationality')} error={errorOf('nationality')}>
              <CountryPicker value={field.value} onChange={field.onChange} />
            </Field>
          )}
        />
        <Controller
          control={form.control}
          name="languages"
          render={({ field }) => (
            <Field label={t('form.languages')} hint={t('form.languagesHint')} error={errorOf('languages')}>
              <LanguagesPicker value={field.value ?? []} onChange={field.onChange} />
            </Field>
          )}
        />
        <label className="checkbox">
          <input type="checkbox" {...form.register('interpreterNeeded')} />
          {t('form.needsInterpreter')}
        </label>
        {interpreterNeeded ? (
          <Controller
            control={form.control}
            name="interpreterLanguage"
            render={({ field }) => (
              <Field label={t('form.interpreterLanguage')} error={errorOf('interpreterLanguage')}>
                <LanguagePicker value={field.value} onChange={field.onChange} />
              </Field>
            )}
          />
        ) : null}
        <Field label={t('form.area')} hint={t('form.areaHint')} error={errorOf('area')}>
          <input className="input input--short" dir="ltr" autoComplete="off" {...form.register('area')} />
        </Field>
        <Field label={t('form.arrivalYear')} error={errorOf('arrivalYear')}>
          <input className="input input--short" inputMode="numeric" autoComplete="off" {...form.register('arrivalYear', optionalNumber)} />
        </Field>
        <Field label={t('form.immigrationStatus')} hint={t('form.immigrationStatusHint')} error={errorOf('immigrationStatus')}>
          <select className="select" {...form.register('immigrationStatus', optionalChoice)}>
            <option value="">{t('form.notRecorded')}</option>
            {IMMIGRATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {labels.immigrationStatus(s)}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </fieldset>
  );
}
