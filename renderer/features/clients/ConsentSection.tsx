/**
 * Consent, asked separately for keeping, sharing and contacting. The first is required to
 * register anyone; each answer is stored with the date and who recorded it.
 */
import type { UseFormReturn } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import type { ClientFormInput, ClientFormOutput } from '../../../shared/frontdesk/client-form';
import type { Client } from '../../../shared/schemas';
import { useMessageWords } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { FormDateField } from '../../ui/FormDateField';
import { Field } from '../../ui/Field';
import { useClientLabels } from './client-labels';

type ClientFormApi = UseFormReturn<ClientFormInput, unknown, ClientFormOutput>;

const FLAGS = [
  ['storage', 'consentStorage'],
  ['sharing', 'consentSharing'],
  ['contact', 'consentContact'],
] as const;

export function ConsentSection({ form, existing }: { form: ClientFormApi; existing?: Client | undefined }) {
  const { t } = useTranslation('clients');
  const format = useFormat();
  const labels = useClientLabels();
  const words = useMessageWords();
  const errors = form.formState.errors;
  return (
    <fieldset className="form-section">
      <legend>{t('consentForm.legend')}</legend>
      <p className="muted form-section__intro">{t('consentForm.intro')}</p>
      {FLAGS.map(([kind, flag]) => {
        const before = existing?.consents[kind];
        const message = errors[flag]?.message;
        const error = message ? words(message) : undefined;
        return (
          <div key={kind} className="consent-row">
            <label className="checkbox">
              <input type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={error ? `${flag}-error` : undefined} {...form.register(flag)} />
              {labels.consent(kind)}
              {kind === 'storage' ? <span className="required-note"> {t('consentForm.required')}</span> : null}
            </label>
            {before ? (
              <span className="muted consent-row__when">
                <Trans
                  t={t}
                  i18nKey={before.given ? 'consentForm.agreed' : 'consentForm.declined'}
                  values={{ date: format.date(before.date, 'medium'), name: before.recordedBy }}
                  components={{ bdi: <bdi /> }}
                />
              </span>
            ) : null}
            {error ? (
              <span className="field__error" id={`${flag}-error`} role="alert">
                {error}
              </span>
            ) : null}
          </div>
        );
      })}
      <div className="form-grid">
        <Field label={t('consentForm.recordedBy')} hint={t('consentForm.recordedByHint')} error={errors.consentRecordedBy?.message}>
          <input className="input" dir="auto" autoComplete="off" {...form.register('consentRecordedBy')} />
        </Field>
        <FormDateField control={form.control} name="consentDate" label={t('consentForm.date')} />
      </div>
    </fieldset>
  );
}
