/**
 * Add or edit a volunteer: contact, roles, languages with levels, checks and training,
 * weekly availability, dates away and how many shifts they want. react-hook-form with the
 * shared VolunteerInput schema, so every message appears next to its field (a row's next
 * to that row).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { Volunteer } from '../../../../shared/schemas';
import { useSettings } from '../../../data';
import { Button } from '../../../ui/Button';
import { reportWriteError } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { useLeaveGuard } from '../../../ui/use-leave-guard';
import { formToVolunteerInput, VolunteerFormValues, type VolunteerFormInput, type VolunteerFormOutput } from './volunteer-form';
import { AvailabilitySection, AwaySection, ChecksSection, LanguagesSection } from './VolunteerFormLists';
import { CommitmentSection, DetailsSection, RolesSection } from './VolunteerFormSections';

interface VolunteerFormProps {
  initial: VolunteerFormInput;
  /** The volunteer being edited; absent when adding someone. */
  existing?: Volunteer;
  save: (input: ReturnType<typeof formToVolunteerInput>) => Promise<Volunteer>;
  onSaved: (volunteer: Volunteer) => void;
  onCancel: () => void;
}

export function VolunteerForm({ initial, existing, save, onSaved, onCancel }: VolunteerFormProps) {
  const status = useStatus();
  const settings = useSettings();
  const form = useForm<VolunteerFormInput, unknown, VolunteerFormOutput>({
    resolver: zodResolver(VolunteerFormValues),
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { guard, allowLeaving } = useLeaveGuard(form.formState.isDirty);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const volunteer = await save(formToVolunteerInput(values));
      allowLeaving();
      onSaved(volunteer);
    } catch (error) {
      reportWriteError(error, form.setError, status);
    }
  });

  return (
    <form className="client-form volunteer-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {guard}
      <DetailsSection form={form} />
      <RolesSection form={form} roles={settings?.volunteerRoles ?? []} />
      <LanguagesSection form={form} />
      <ChecksSection form={form} />
      <AvailabilitySection form={form} />
      <AwaySection form={form} />
      <CommitmentSection form={form} />
      <div className="form__actions form__actions--sticky">
        <Button type="submit" variant="primary" disabled={form.formState.isSubmitting}>
          {existing ? 'Save changes' : 'Add volunteer'}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
