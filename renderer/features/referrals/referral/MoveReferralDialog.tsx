/**
 * Moving a referral on. Declined and no contact need a reason from the list; sending a
 * referral without recorded consent needs a written reason; an outcome can be noted.
 * A react-hook-form with zod: what is missing is said next to its field, in the
 * volunteer's language, before the command is asked; a refusal from the command is said
 * under the fields.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { consentGate } from '../../../../shared/referrals/transitions';
import { REFERRAL_CLOSE_REASONS, type Client, type Referral, type ReferralCloseReason, type ReferralStatus } from '../../../../shared/schemas';
import { changeReferralStatus } from '../../../data';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { refusalMessage } from '../../../ui/form-errors';
import { VALIDATE_ON_SUBMIT } from '../../../ui/form-validation';
import { useStatus } from '../../../ui/StatusProvider';

interface MoveFields {
  reason: string;
  override: string;
  outcome: string;
}

export function MoveReferralDialog({ referral, client, to, onClose }: { referral: Referral; client: Client; to: ReferralStatus; onClose: () => void }) {
  const { t } = useTranslation('referrals');
  const status = useStatus();
  const needsReason = to === 'declined' || to === 'no-contact';
  const needsOverride = to === 'sent' && client.consents.sharing?.given !== true;
  const closes = needsReason || to === 'completed';
  const chooseWhy = needsReason ? t(`move.chooseWhy.${to}`) : '';
  const schema = useMemo(
    () =>
      z
        .object({
          reason: (needsReason ? z.string().pipe(z.enum(REFERRAL_CLOSE_REASONS, chooseWhy)) : z.string().transform(() => undefined)) as z.ZodType<
            ReferralCloseReason | undefined,
            string
          >,
          override: z.string(),
          outcome: z.string(),
        })
        .superRefine((values, context) => {
          if (!needsOverride) return;
          // The same gate the command holds, said here in the volunteer's words.
          const gate = consentGate(client, { consentOverrideReason: values.override });
          if (!gate.ok) context.addIssue({ code: 'custom', path: ['override'], message: t(`consent.problem.${gate.problem}`) });
        }),
    [needsReason, needsOverride, chooseWhy, client, t],
  );
  const form = useForm<MoveFields, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { reason: '', override: referral.consentOverrideReason ?? '', outcome: '' },
    ...VALIDATE_ON_SUBMIT,
  });
  const errors = form.formState.errors;

  const confirm = form.handleSubmit(async (values) => {
    try {
      await changeReferralStatus(referral.id, to, {
        reason: values.reason,
        overrideReason: needsOverride ? values.override : undefined,
        outcome: closes ? values.outcome : undefined,
      });
      status.say(t(`move.done.${to}`));
      onClose();
    } catch (error) {
      form.setError('root', { message: refusalMessage(error) });
    }
  });
  return (
    <Dialog title={t(`move.title.${to}`)} onClose={onClose}>
      {to === 'sent' ? <p>{t('move.sendsNothing')}</p> : null}
      <form autoComplete="off" className="form" noValidate onSubmit={(event) => void confirm(event)}>
        {needsReason ? (
          <Field label={t('move.why')} error={errors.reason?.message}>
            <select className="select" {...form.register('reason')}>
              <option value="">{t('move.chooseReason')}</option>
              {REFERRAL_CLOSE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`closeReason.${r}`)}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        {needsOverride ? (
          <Field label={t('move.override')} error={errors.override?.message}>
            <input className="input" {...form.register('override')} />
          </Field>
        ) : null}
        {closes ? (
          <Field label={t('move.outcome')}>
            <input className="input" {...form.register('outcome')} />
          </Field>
        ) : null}
        {errors.root?.message ? (
          <p className="field__error" role="alert">
            {errors.root.message}
          </p>
        ) : null}
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button variant="primary" type="submit" disabled={form.formState.isSubmitting}>
            {t(`move.confirm.${to}`)}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
