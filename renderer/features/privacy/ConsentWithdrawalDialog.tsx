/**
 * Records a consent the person took back, with its date and who recorded it. Withdrawing
 * consent to keep their details means the record cannot stay as it is: the dialog explains
 * the two choices, erasing it now or restricting it (kept, but out of lists and reports).
 * One form (react-hook-form with zod): a missing date or name is said next to its field.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import type { Client } from '../../../shared/schemas';
import { withdrawConsent } from '../../data';
import { localNow } from '../../platform/clock';
import { useSignedInUser } from '../../security/session';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormDateField } from '../../ui/FormDateField';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';
import { useStatus } from '../../ui/StatusProvider';
import { rightsFailure } from './rights-messages';
import { useCan } from '../../security/permissions';

const WITHDRAWABLE = ['storage', 'sharing', 'contact'] as const;

function withdrawalSchema(needed: string) {
  return z.object({
    consent: z.enum(WITHDRAWABLE, needed),
    then: z.enum(['erase', 'restrict']),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, needed),
    recordedBy: z.string().trim().min(1, needed).max(120, needed),
  });
}

export function ConsentWithdrawalDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation('privacy');
  const status = useStatus();
  const navigate = useNavigate();
  const me = useSignedInUser();
  const given = WITHDRAWABLE.filter((kind) => client.consents[kind]?.given && !(kind === 'storage' && client.restriction));
  // Erasing is the administrator's; anyone else records the withdrawal and restricts.
  const canErase = useCan('rights.erase');
  const needed = t('rights.withdraw.needed');
  const schema = useMemo(() => withdrawalSchema(needed), [needed]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { consent: given[0], then: 'restrict', date: localNow().date, recordedBy: me?.name ?? '' },
    ...VALIDATE_ON_SUBMIT,
  });
  const consent = useWatch({ control: form.control, name: 'consent' });
  const then = useWatch({ control: form.control, name: 'then' });
  const errors = form.formState.errors;

  const save = form.handleSubmit(async (values) => {
    try {
      const result = await withdrawConsent(client.id, {
        consent: values.consent,
        date: values.date,
        recordedBy: values.recordedBy,
        ...(values.consent === 'storage' ? { then: values.then } : {}),
      });
      status.say(t(`rights.withdraw.done.${result.kind}`));
      onClose();
      if (result.kind === 'erased') void navigate('/clients');
    } catch (error) {
      status.error(rightsFailure(t, error));
    }
  });

  return (
    <Dialog title={t('rights.withdraw.title')} onClose={onClose}>
      {given.length === 0 ? (
        <>
          <p>{t('rights.withdraw.noneGiven')}</p>
          <div className="dialog__actions">
            <Button onClick={onClose}>{t('rights.cancel')}</Button>
          </div>
        </>
      ) : (
        <form autoComplete="off" className="form" onSubmit={(event) => void save(event)} noValidate>
          <fieldset className="field">
            <legend className="field__label">{t('rights.withdraw.which')}</legend>
            {given.map((kind) => (
              <label key={kind} className="checkbox">
                <input type="radio" value={kind} {...form.register('consent')} />
                {t(`rights.consent.${kind}`)}
              </label>
            ))}
          </fieldset>
          {consent === 'storage' ? (
            <fieldset className="field">
              <legend className="field__label">{t('rights.withdraw.then')}</legend>
              <p className="field__hint">{t('rights.withdraw.thenExplain')}</p>
              <label className="checkbox">
                <input type="radio" value="restrict" {...form.register('then')} />
                {t('rights.withdraw.restrict')}
              </label>
              {canErase ? (
                <label className="checkbox">
                  <input type="radio" value="erase" {...form.register('then')} />
                  {t('rights.withdraw.erase')}
                </label>
              ) : null}
            </fieldset>
          ) : null}
          <FormDateField control={form.control} name="date" label={t('rights.withdraw.date')} />
          <Field label={t('rights.recordedBy')} error={errors.recordedBy?.message ?? errors.consent?.message}>
            <input className="input" {...form.register('recordedBy')} />
          </Field>
          <div className="dialog__actions">
            <Button onClick={onClose}>{t('rights.cancel')}</Button>
            <Button variant={consent === 'storage' && then === 'erase' ? 'danger' : 'primary'} type="submit">
              {t('rights.withdraw.confirm')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
