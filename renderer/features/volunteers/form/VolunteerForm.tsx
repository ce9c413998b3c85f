/**
 * Add or edit a volunteer: contact, roles, languages with levels, checks and training,
 * weekly availability, dates away and how many shifts they want. react-hook-form with the
 * shared VolunteerInput schema, so every message appears next to its field (a row's next
 * to that row).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Volunteer } from '../../../../shared/schemas';
import { useSettings } from '../../../data';
import { FormFooter, useSaveForm } from '../../../ui/form-save';
import { formToVolunteerInput, VolunteerFormValues, type VolunteerFormInput, type VolunteerFormOutput } from './volunteer-form';
import { AvailabilitySection, AwaySection, ChecksSection, LanguagesSection } from './VolunteerFormLists';
import { CommitmentSection, DetailsSection, RolesSection } from './VolunteerFormSections';
import { VALIDATE_ON_SUBMIT } from '../../../ui/form-validation';

interface VolunteerFormProps {
  initial: VolunteerFormInput;
  /** The volunteer being edited; absent when adding someone. */
  existing?: Volunteer;
  save: (input: ReturnType<typeof formToVolunteerInput>) => Promise<Volunteer>;
  onSaved: (volunteer: Volunteer) => void;
  onCancel: () => void;
}

export function VolunteerForm({ initial, existing, save, onSaved, onCancel }: VolunteerFormProps) {
  const { t } = useTranslation('volunteers');
  const settings = useSettings();
  const form = useForm<VolunteerFormInput, unknown, VolunteerFormOutput>({
    resolver: zodResolver(VolunteerFormValues),
    defaultValues: initial,
    ...VALIDATE_ON_SUBMIT,
  });
  const { guard, onSubmit } = useSaveForm(form, (values) => save(formToVolunteerInput(values)), onSaved);

  return (
    <form autoComplete="off" className="client-form volunteer-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {guard}
      <DetailsSection form={form} />
      <RolesSection form={form} roles={settings?.volunteerRoles ?? []} />
      <LanguagesSection form={form} />
      <ChecksSection form={form} />
      <AvailabilitySection form={form} />
      <AwaySection form={form} />
      <CommitmentSection form={form} />
      <FormFooter submitLabel={existing ? t('form.submitSave') : t('form.submitAdd')} busy={form.formState.isSubmitting} onCancel={onCancel} />
    </form>
  );
}
