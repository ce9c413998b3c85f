/**
 * Register or edit a client. react-hook-form with the shared ClientFormValues schema, so
 * every message appears next to its field. A new registration is checked for a possible
 * duplicate before anything is saved.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { possibleDuplicates } from '../../../shared/frontdesk/duplicates';
import {
  ClientFormValues,
  formToClientInput,
  type ClientFormInput,
  type ClientFormOutput,
} from '../../../shared/frontdesk/client-form';
import type { Client } from '../../../shared/schemas';
import { Button } from '../../ui/Button';
import { useSaveForm } from '../../ui/form-save';
import { AboutSection, ContactSection, NameSection } from './ClientFormSections';
import { ConsentSection } from './ConsentSection';
import { DuplicateWarning } from './DuplicateWarning';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';

interface ClientFormProps {
  initial: ClientFormInput;
  /** The client being edited; absent when registering. */
  existing?: Client;
  /** Everyone registered, for the duplicate check (registration only). */
  everyone?: readonly Client[];
  save: (input: ReturnType<typeof formToClientInput>) => Promise<Client>;
  onSaved: (client: Client) => void;
  onCancel: () => void;
  /** "This is the same person": go to them instead of registering anyone. */
  onSamePerson?: (client: Client) => void;
}

/** Problems on the stored shape ("consents.storage.given") land on the form's field. */
function formFieldFor(path: string): string {
  if (path.startsWith('consents.storage')) return 'consentStorage';
  if (path.startsWith('consents')) return 'consentRecordedBy';
  return path;
}

export function ClientForm({ initial, existing, everyone, save, onSaved, onCancel, onSamePerson }: ClientFormProps) {
  const { t } = useTranslation('clients');
  const form = useForm<ClientFormInput, unknown, ClientFormOutput>({
    resolver: zodResolver(ClientFormValues),
    defaultValues: initial,
    ...VALIDATE_ON_SUBMIT,
  });
  const [duplicates, setDuplicates] = useState<Client[] | null>(null);
  const { guard, allowLeaving, write } = useSaveForm(form, (values: ClientFormOutput) => save(formToClientInput(values, existing)), onSaved, formFieldFor);

  const onSubmit = form.handleSubmit(async (values) => {
    if (!existing && everyone && duplicates === null) {
      const similar = possibleDuplicates(
        { name: values.name, ...(values.nameLatin ? { nameLatin: values.nameLatin } : {}), ...(values.birthYear ? { birthYear: values.birthYear } : {}), ...(values.phone ? { phone: values.phone } : {}) },
        [...everyone],
      );
      if (similar.length > 0) {
        setDuplicates(similar);
        return;
      }
    }
    await write(values);
  });

  return (
    <form autoComplete="off" className="client-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {guard}
      <NameSection form={form} />
      <ContactSection form={form} />
      <AboutSection form={form} />
      <ConsentSection form={form} existing={existing} />
      {duplicates && duplicates.length > 0 ? (
        <DuplicateWarning
          candidates={duplicates}
          onSamePerson={(client) => {
            allowLeaving();
            onSamePerson?.(client);
          }}
          onDifferentPerson={() => void form.handleSubmit(write)()}
        />
      ) : null}
      <div className="form__actions form__actions--sticky">
        {duplicates && duplicates.length > 0 ? null : (
          <Button type="submit" variant="primary" disabled={form.formState.isSubmitting}>
            {existing ? t('form.saveChanges') : t('form.register')}
          </Button>
        )}
        <Button variant="quiet" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
