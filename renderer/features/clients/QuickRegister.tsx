/**
 * Register someone at the desk in a few seconds: name, phone and the consent to keep
 * their details; the rest can be filled in later from their page. Like the full form, it
 * first checks for someone already registered with a similar name and the same phone, so
 * the walk-in queue and the booking dialog do not make a second record of a person.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { possibleDuplicates } from '../../../shared/frontdesk/duplicates';
import { blankClientForm, ClientFormValues, formToClientInput, type ClientFormInput, type ClientFormOutput } from '../../../shared/frontdesk/client-form';
import type { Client } from '../../../shared/schemas';
import { clients, useClientDirectory } from '../../data';
import { useMessageWords } from '../../i18n';
import { localToday } from '../../format/dates';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { reportWriteError } from '../../ui/form-errors';
import { useStatus } from '../../ui/StatusProvider';
import { useClientLabels } from './client-labels';
import { DuplicateWarning } from './DuplicateWarning';
import { lastRecorder, rememberRecorder } from './recorder';

export function QuickRegister({ onRegistered, submitLabel }: { onRegistered: (client: Client) => void; submitLabel: string }) {
  const { t } = useTranslation('clients');
  const labels = useClientLabels();
  const words = useMessageWords();
  const status = useStatus();
  const form = useForm<ClientFormInput, unknown, ClientFormOutput>({
    resolver: zodResolver(ClientFormValues),
    defaultValues: blankClientForm(localToday(), lastRecorder()),
  });
  const errors = form.formState.errors;
  const directory = useClientDirectory();
  const [duplicates, setDuplicates] = useState<Client[] | null>(null);
  const register = async (values: ClientFormOutput) => {
    try {
      const client = await clients.create(formToClientInput(values));
      rememberRecorder(values.consentRecordedBy);
      onRegistered(client);
    } catch (error) {
      reportWriteError(error, form.setError, status);
    }
  };
  const onSubmit = form.handleSubmit(async (values) => {
    const similar = possibleDuplicates({ name: values.name, ...(values.phone ? { phone: values.phone } : {}) }, [...(directory?.all ?? [])]);
    if (similar.length > 0) {
      setDuplicates(similar);
      return;
    }
    await register(values);
  });
  if (duplicates) {
    return (
      <DuplicateWarning
        candidates={duplicates}
        onSamePerson={onRegistered}
        onDifferentPerson={() => {
          setDuplicates(null);
          void form.handleSubmit(register)();
        }}
      />
    );
  }
  return (
    <form autoComplete="off" className="quick-register" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('quick.label')}>
      <div className="form-grid">
        <Field label={t('quick.name')} error={errors.name?.message}>
          <input className="input" dir="auto" autoComplete="off" {...form.register('name')} />
        </Field>
        <Field label={t('quick.phone')} error={errors.phone?.message}>
          <input className="input" type="tel" dir="ltr" autoComplete="off" {...form.register('phone')} />
        </Field>
        <Field label={t('quick.recordedBy')} error={errors.consentRecordedBy?.message}>
          <input className="input" dir="auto" autoComplete="off" {...form.register('consentRecordedBy')} />
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" aria-invalid={errors.consentStorage ? true : undefined} {...form.register('consentStorage')} />
        {labels.consent('storage')}
      </label>
      {errors.consentStorage ? (
        <span className="field__error" role="alert">
          {words(errors.consentStorage.message ?? '')}
        </span>
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant="primary">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
