/**
 * Recording the client's consent to share from inside the referral form, so the person
 * making the referral does not have to leave it (and lose what they typed) to go to the
 * client's page. It sits inside the referral form, so it is not a <form> element of its
 * own, but it is a react-hook-form with zod: its button checks the two fields (each
 * message next to its field) and records the consent.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Client } from '../../../../shared/schemas';
import { clients } from '../../../data';
import { localToday } from '../../../format/dates';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { refusalMessage } from '../../../ui/form-errors';
import { VALIDATE_ON_SUBMIT } from '../../../ui/form-validation';
import { useStatus } from '../../../ui/StatusProvider';
import { lastRecorder, rememberRecorder } from '../../clients/recorder';

export function RecordSharingConsent({ client }: { client: Client }) {
  const { t } = useTranslation('referrals');
  const status = useStatus();
  const tickFirst = t('consent.tickFirst');
  const whoRecords = t('consent.whoRecords');
  const schema = useMemo(
    () => z.object({ agreed: z.boolean().refine((ticked) => ticked, tickFirst), recordedBy: z.string().trim().min(1, whoRecords).max(120, whoRecords) }),
    [tickFirst, whoRecords],
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { agreed: false, recordedBy: lastRecorder() },
    ...VALIDATE_ON_SUBMIT,
  });
  const errors = form.formState.errors;

  const record = form.handleSubmit(async ({ recordedBy }) => {
    try {
      await clients.patch(client.id, {
        consents: { ...client.consents, sharing: { given: true, date: localToday(), recordedBy } },
      });
      rememberRecorder(recordedBy);
      status.say(t('consent.recorded'));
    } catch (error) {
      form.setError('root', { message: refusalMessage(error) });
    }
  });

  return (
    <div className="record-consent" role="group" aria-label={t('consent.group')}>
      <label className="checkbox">
        <input type="checkbox" aria-invalid={errors.agreed ? true : undefined} {...form.register('agreed')} /> {t('consent.agrees')}
      </label>
      {errors.agreed?.message ? (
        <p className="field__error" role="alert">
          {errors.agreed.message}
        </p>
      ) : null}
      <Field label={t('consent.recordedBy')} error={errors.recordedBy?.message}>
        <input className="input input--short" {...form.register('recordedBy')} />
      </Field>
      <Button onClick={() => void record()}>{t('consent.record')}</Button>
      {errors.root?.message ? (
        <p className="field__error" role="alert">
          {errors.root.message}
        </p>
      ) : null}
    </div>
  );
}
