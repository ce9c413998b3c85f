/**
 * Step 3 of importing clients: that everyone on the list agreed to the forum keeping their
 * details, who recorded it and when. Its schema is a small zod one of its own; each
 * message (our words) is shown next to its field when "Import" is pressed with one missing.
 */
import { useId } from 'react';
import type { Control, FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { IsoDate, requiredText } from '../../../../shared/schemas';
import { useMessageWords } from '../../../i18n';
import { Field } from '../../../ui/Field';
import { FormDateField } from '../../../ui/FormDateField';

/** The consent fields' schema, with the screen's own messages. */
export const importConsentSchema = (messages: { agreeMissing: string; recordedByMissing: string }) =>
  z.object({
    agreed: z.boolean().refine((agreed) => agreed, messages.agreeMissing),
    recordedBy: requiredText(120, messages.recordedByMissing),
    consentDate: IsoDate,
  });
export type ImportConsentInput = z.input<ReturnType<typeof importConsentSchema>>;
export type ImportConsent = z.output<ReturnType<typeof importConsentSchema>>;

interface ImportConsentFieldsProps {
  control: Control<ImportConsentInput>;
  register: UseFormRegister<ImportConsentInput>;
  errors: FieldErrors<ImportConsentInput>;
}

export function ImportConsentFields({ control, register, errors }: ImportConsentFieldsProps) {
  const { t } = useTranslation('clients');
  const words = useMessageWords();
  const agreedErrorId = useId();
  const agreedError = errors.agreed?.message;
  return (
    <>
      <p className="muted">{t('import.consentIntro')}</p>
      <label className="checkbox">
        <input type="checkbox" aria-invalid={agreedError ? true : undefined} aria-describedby={agreedError ? agreedErrorId : undefined} {...register('agreed')} />{' '}
        {t('import.everyoneAgreed')}
      </label>
      {agreedError ? (
        <p className="field__error" id={agreedErrorId} role="alert">
          {words(agreedError)}
        </p>
      ) : null}
      <div className="grid-2">
        <Field label={t('import.recordedBy')} error={errors.recordedBy?.message}>
          <input className="input" dir="auto" {...register('recordedBy')} />
        </Field>
        <FormDateField control={control} name="consentDate" label={t('import.consentDate')} />
      </div>
    </>
  );
}
