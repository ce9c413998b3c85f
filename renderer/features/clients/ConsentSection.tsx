/**
 * Consent, asked separately for keeping, sharing and contacting. The first is required to
 * register anyone; each answer is stored with the date and who recorded it.
 */
import type { UseFormReturn } from 'react-hook-form';
import type { ClientFormInput, ClientFormOutput } from '../../../shared/frontdesk/client-form';
import type { Client } from '../../../shared/schemas';
import { formatShortDate } from '../../format/dates';
import { Field } from '../../ui/Field';
import { CONSENT_LABELS } from './client-labels';
import { wordMessage } from '../../i18n';

type ClientFormApi = UseFormReturn<ClientFormInput, unknown, ClientFormOutput>;

const FLAGS = [
  ['storage', 'consentStorage'],
  ['sharing', 'consentSharing'],
  ['contact', 'consentContact'],
] as const;

export function ConsentSection({ form, existing }: { form: ClientFormApi; existing?: Client | undefined }) {
  const errors = form.formState.errors;
  return (
    <fieldset className="form-section">
      <legend>Consent</legend>
      <p className="muted form-section__intro">
        Explain what we keep and why. Each answer is saved with today’s date and your name.
      </p>
      {FLAGS.map(([kind, flag]) => {
        const before = existing?.consents[kind];
        const error = errors[flag]?.message;
        return (
          <div key={kind} className="consent-row">
            <label className="checkbox">
              <input type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={error ? `${flag}-error` : undefined} {...form.register(flag)} />
              {CONSENT_LABELS[kind]}
              {kind === 'storage' ? <span className="required-note"> (required)</span> : null}
            </label>
            {before ? (
              <span className="muted consent-row__when">
                {before.given ? 'Agreed' : 'Declined'} {formatShortDate(before.date)}, recorded by {before.recordedBy}
              </span>
            ) : null}
            {error ? (
              <span className="field__error" id={`${flag}-error`}>
                {wordMessage(error)}
              </span>
            ) : null}
          </div>
        );
      })}
      <div className="form-grid">
        <Field label="Consent recorded by" hint="Your name." error={errors.consentRecordedBy?.message}>
          <input className="input" autoComplete="off" {...form.register('consentRecordedBy')} />
        </Field>
        <Field label="Date of consent" error={errors.consentDate?.message}>
          <input className="input input--short" type="date" {...form.register('consentDate')} />
        </Field>
      </div>
    </fieldset>
  );
}
