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
import type { z } from 'zod';
import { choosableCategories } from '../../../../shared/advice/categories';
import { SUMMARY_FIELD_LABELS } from '../../../../shared/referrals/summary';
import { ReferralInput, requiredText, SHAREABLE_FIELDS, type Client, type Referral } from '../../../../shared/schemas';
import { createReferral, useServices, useSettings } from '../../../data';
import { formatShortDate } from '../../../format/dates';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { refusalMessage, reportWriteError } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { useLeaveGuard } from '../../../ui/use-leave-guard';
import { rememberRecorder } from '../../clients/recorder';
import { RecordSharingConsent } from './RecordSharingConsent';
import { VALIDATE_ON_SUBMIT } from '../../../ui/form-validation';

/** The form asks who is referring: the service needs to know whom to reply to. */
const ReferralFormValues = ReferralInput.extend({ referredBy: requiredText(120, 'Enter your name: the service will know who made the referral') });
type ReferralFormInput = z.input<typeof ReferralFormValues>;
type ReferralFormOutput = z.output<typeof ReferralFormValues>;

export function ReferralForm({ client, initial, onSaved, onCancel }: { client: Client; initial: ReferralFormInput; onSaved: (r: Referral) => void; onCancel: () => void }) {
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
      try {
        const referral = await createReferral(values, send);
        rememberRecorder(values.referredBy);
        allowLeaving();
        status.say(send ? 'Referral marked as sent' : 'Referral saved as a draft');
        onSaved(referral);
      } catch (error) {
        reportWriteError(error, form.setError, status);
        setRefusal(refusalMessage(error));
      }
    })();

  // The lists load first, so a reason chosen from an advice entry finds its option.
  if (!settings || !activeServices) return <p className="muted">Loading…</p>;
  return (
    <form className="client-form" noValidate onSubmit={(e) => e.preventDefault()}>
      {guard}
      <fieldset className="form-section">
        <legend>Where to</legend>
        <div className="form-grid">
          <Field label="Service" error={errors.serviceId?.message}>
            <select className="select" {...form.register('serviceId')}>
              <option value="">Choose a service</option>
              {activeServices?.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.organisation ? ` (${s.organisation})` : ''}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Reason" error={errors.reasonCategory?.message}>
            <select className="select" {...form.register('reasonCategory')}>
              <option value="">Choose an issue</option>
              {choosableCategories(settings?.issueCategories ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.parentId ? `— ${c.label}` : c.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Date" error={errors.date?.message}>
            <input className="input" type="date" {...form.register('date')} />
          </Field>
          <Field label="Follow up by" hint="When to check it worked out." error={errors.followUpDue?.message}>
            <input className="input" type="date" {...form.register('followUpDue', { setValueAs: (v: string) => (v === '' ? undefined : v) })} />
          </Field>
          <Field label="Referred by" hint="Your name, printed on the summary." error={errors.referredBy?.message}>
            <input className="input" autoComplete="off" {...form.register('referredBy')} />
          </Field>
        </div>
        <Field label="Details for the service" hint="Only sent if you share the reason." error={errors.details?.message}>
          <textarea className="input textarea" rows={3} dir="auto" {...form.register('details')} />
        </Field>
      </fieldset>
      <fieldset className="form-section">
        <legend>What is shared</legend>
        <div className="weekday-picker">
          {SHAREABLE_FIELDS.map((field) => (
            <label key={field} className="checkbox">
              <input type="checkbox" value={field} {...form.register('sharedFields')} /> {SUMMARY_FIELD_LABELS[field]}
            </label>
          ))}
        </div>
        {consented ? (
          <p className="consent-note consent-note--ok">
            Agreed to share on {formatShortDate(consent.date)}, recorded by {consent.recordedBy}.
          </p>
        ) : (
          <div className="consent-note consent-note--warn">
            <p>
              <strong>No recorded consent to share.</strong> Ask them and record it here, or give a reason to send it anyway.
            </p>
            <RecordSharingConsent client={client} />
            <Field label="Reason to send without consent" error={errors.consentOverrideReason?.message}>
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
          Mark as sent
        </Button>
        <Button onClick={() => void submit(false)}>Save as draft</Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
        <span className="muted" id="referral-sends-nothing">
          Signpost sends nothing itself: you then print or save the summary for the service.
        </span>
      </div>
    </form>
  );
}
