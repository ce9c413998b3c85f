/**
 * Refer a client to a service: which service, why, what is shared, who is referring, and
 * when to follow up. It can be saved as a draft or marked as sent (Signpost sends nothing
 * itself; the referral's page then offers the summary to print or save). Marking it sent
 * needs the client's consent to share, which can be recorded here without leaving the
 * form, or a written reason to send without it (shown on the referral afterwards).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { choosableCategories } from '../../../../shared/advice/categories';
import { messageCode } from '../../../../shared/messages/message-code';
import { consentGate } from '../../../../shared/referrals/transitions';
import { ReferralInput, requiredText, SHAREABLE_FIELDS, type Client, type Referral } from '../../../../shared/schemas';
import { createReferral, useServices, useSettings } from '../../../data';
import { useFormat } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { FormDateField } from '../../../ui/FormDateField';
import { Field } from '../../../ui/Field';
import { refusalMessage, reportWriteError } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { useLeaveGuard } from '../../../ui/use-leave-guard';
import { rememberRecorder } from '../../clients/recorder';
import { categoriesIn } from '../category-words';
import { RecordSharingConsent } from './RecordSharingConsent';
import { VALIDATE_ON_SUBMIT } from '../../../ui/form-validation';
import { Loading } from '../../../ui/Loading';

/** The form asks who is referring: the service needs to know whom to reply to. */
const ReferralFormValues = ReferralInput.extend({ referredBy: requiredText(120, messageCode('referrals:validation.referredBy')) });
type ReferralFormInput = z.input<typeof ReferralFormValues>;
type ReferralFormOutput = z.output<typeof ReferralFormValues>;

export function ReferralForm({ client, initial, onSaved, onCancel }: { client: Client; initial: ReferralFormInput; onSaved: (r: Referral) => void; onCancel: () => void }) {
  const { t } = useTranslation('referrals');
  const { t: advice } = useTranslation('advice');
  const format = useFormat();
  const status = useStatus();
  const settings = useSettings();
  const activeServices = useServices()?.filter((s) => s.active);
  const form = useForm<ReferralFormInput, unknown, ReferralFormOutput>({ resolver: zodResolver(ReferralFormValues), defaultValues: initial, ...VALIDATE_ON_SUBMIT });
  const { guard, allowLeaving } = useLeaveGuard(form.formState.isDirty);
  const [refusal, setRefusal] = useState<string | null>(null);
  const errors = form.formState.errors;
  const consent = client.consents.sharing;
  const consented = consent?.given === true;

  const submit = (send: boolean) =>
    form.handleSubmit(async (values) => {
      setRefusal(null);
      // Worded here, in the volunteer's language, before the command would refuse it in English.
      const gate = send ? consentGate(client, values) : { ok: true as const };
      if (!gate.ok) {
        setRefusal(t(`consent.problem.${gate.problem}`));
        return;
      }
      try {
        const referral = await createReferral(values, send);
        rememberRecorder(values.referredBy);
        allowLeaving();
        status.say(send ? t('form.markedSent') : t('form.savedDraft'));
        onSaved(referral);
      } catch (error) {
        reportWriteError(error, form.setError, status);
        setRefusal(refusalMessage(error));
      }
    })();

  // The lists load first, so a reason chosen from an advice entry finds its option.
  if (!settings || !activeServices) return <Loading label={t('loading')} />;
  return (
    <form autoComplete="off" className="client-form" noValidate onSubmit={(e) => e.preventDefault()}>
      {guard}
      <fieldset className="form-section">
        <legend>{t('form.whereTo')}</legend>
        <div className="form-grid">
          <Field label={t('form.service')} error={errors.serviceId?.message}>
            <select className="select" {...form.register('serviceId')}>
              <option value="">{t('form.chooseService')}</option>
              {activeServices?.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.organisation ? ` (${s.organisation})` : ''}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('form.reason')} error={errors.reasonCategory?.message}>
            <select className="select" {...form.register('reasonCategory')}>
              <option value="">{t('form.chooseIssue')}</option>
              {choosableCategories(categoriesIn(settings.issueCategories, advice)).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.parentId ? `— ${c.label}` : c.label}
                </option>
              ))}
            </select>
          </Field>
          <FormDateField control={form.control} name="date" label={t('form.date')} />
          <FormDateField control={form.control} name="followUpDue" label={t('form.followUp')} hint={t('form.followUpHint')} optional />
          <Field label={t('form.referredBy')} hint={t('form.referredByHint')} error={errors.referredBy?.message}>
            <input className="input" autoComplete="off" {...form.register('referredBy')} />
          </Field>
        </div>
        <Field label={t('form.details')} hint={t('form.detailsHint')} error={errors.details?.message}>
          <textarea className="input textarea" rows={3} dir="auto" {...form.register('details')} />
        </Field>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('form.shared')}</legend>
        <div className="weekday-picker">
          {SHAREABLE_FIELDS.map((field) => (
            <label key={field} className="checkbox">
              <input type="checkbox" value={field} {...form.register('sharedFields')} /> {t(`fields.${field}`)}
            </label>
          ))}
        </div>
        {consented ? (
          <p className="consent-note consent-note--ok">
            <Trans
              t={t}
              i18nKey="form.agreed"
              values={{ date: format.date(consent.date, 'medium'), recordedBy: consent.recordedBy }}
              components={{ who: <bdi /> }}
            />
          </p>
        ) : (
          <div className="consent-note consent-note--warn">
            <p>
              <strong>{t('form.noConsent')}</strong> {t('form.noConsentAsk')}
            </p>
            <RecordSharingConsent client={client} />
            <Field label={t('form.override')} error={errors.consentOverrideReason?.message}>
              <input className="input" {...form.register('consentOverrideReason')} />
            </Field>
          </div>
        )}
      </fieldset>
      {refusal ? (
        <p className="field__error" role="alert">
          {refusal}
        </p>
      ) : null}
      <div className="form__actions form__actions--sticky">
        <Button variant="primary" onClick={() => void submit(true)} aria-describedby="referral-sends-nothing">
          {t('action.sent')}
        </Button>
        <Button onClick={() => void submit(false)}>{t('form.saveDraft')}</Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('cancel')}
        </Button>
        <span className="muted" id="referral-sends-nothing">
          {t('form.sendsNothing')}
        </span>
      </div>
    </form>
  );
}
