/**
 * Register someone at the desk in a few seconds: name, phone and the consent to keep
 * their details; the rest can be filled in later from their page.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { blankClientForm, ClientFormValues, formToClientInput, type ClientFormInput, type ClientFormOutput } from '../../../shared/frontdesk/client-form';
import type { Client } from '../../../shared/schemas';
import { clients } from '../../data';
import { localToday } from '../../format/dates';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { reportWriteError } from '../../ui/form-errors';
import { useStatus } from '../../ui/StatusProvider';
import { CONSENT_LABELS } from './client-labels';
import { lastRecorder, rememberRecorder } from './recorder';

export function QuickRegister({ onRegistered, submitLabel }: { onRegistered: (client: Client) => void; submitLabel: string }) {
  const status = useStatus();
  const form = useForm<ClientFormInput, unknown, ClientFormOutput>({
    resolver: zodResolver(ClientFormValues),
    defaultValues: blankClientForm(localToday(), lastRecorder()),
  });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const client = await clients.create(formToClientInput(values));
      rememberRecorder(values.consentRecordedBy);
      onRegistered(client);
    } catch (error) {
      reportWriteError(error, form.setError, status);
    }
  });
  return (
    <form className="quick-register" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Quick registration">
      <div className="form-grid">
        <Field label="Name" error={errors.name?.message}>
          <input className="input" dir="auto" autoComplete="off" {...form.register('name')} />
        </Field>
        <Field label="Phone" error={errors.phone?.message}>
          <input className="input" type="tel" autoComplete="off" {...form.register('phone')} />
        </Field>
        <Field label="Consent recorded by" error={errors.consentRecordedBy?.message}>
          <input className="input" autoComplete="off" {...form.register('consentRecordedBy')} />
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" aria-invalid={errors.consentStorage ? true : undefined} {...form.register('consentStorage')} />
        {CONSENT_LABELS.storage}
      </label>
      {errors.consentStorage ? <span className="field__error">{errors.consentStorage.message}</span> : null}
      <div className="form__actions">
        <Button type="submit" variant="primary">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
