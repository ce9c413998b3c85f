/** Settings → Users → Add a user: name, role, volunteer record, and their PIN or passphrase. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ROLES } from '../../../../shared/security/roles';
import type { Volunteer } from '../../../../shared/schemas';
import { addUser } from '../../../data';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { reportWriteError } from '../../../ui/form-errors';
import { VALIDATE_ON_SUBMIT } from '../../../ui/form-validation';
import { useStatus } from '../../../ui/StatusProvider';
import { requiredText } from '../secret-schema';
import { useRoleWords } from './role-words';
import { checkSecretFields, SecretFields, secretShape } from './secret-fields';
import { RoleOptions, UserDialogActions, VolunteerOptions } from './user-dialog-parts';
import { isolate } from '../../../ui/UserText';

export function AddUserDialog({ volunteers, onClose }: { volunteers: readonly Volunteer[]; onClose: () => void }) {
  const { t } = useTranslation('access');
  const roles = useRoleWords();
  const status = useStatus();
  const schema = useMemo(
    () =>
      z
        .object({ name: requiredText(t('users.form.nameNeeded')), role: z.enum(ROLES, t('users.form.roleNeeded')), volunteerId: z.string(), ...secretShape })
        .superRefine(checkSecretFields(t)),
    [t],
  );
  type Values = z.output<typeof schema>;
  const form = useForm<Values>({
    ...VALIDATE_ON_SUBMIT,
    resolver: zodResolver(schema),
    defaultValues: { name: '', role: 'frontDesk', volunteerId: '', kind: 'pin', secret: '', confirm: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const role = useWatch({ control: form.control, name: 'role' });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const added = await addUser({ name: values.name, role: values.role, kind: values.kind, secret: values.secret, volunteerId: values.volunteerId || undefined });
      status.say(t('users.added', { name: isolate(added.name) }));
      onClose();
    } catch (error) {
      reportWriteError(error, form.setError, status);
    }
  });
  return (
    <Dialog title={t('users.addTitle')} onClose={onClose}>
      <form autoComplete="off" className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <Field label={t('users.form.name')} hint={t('users.form.nameHint')} error={errors.name?.message}>
          <input className="input" dir="auto" autoComplete="off" {...form.register('name')} />
        </Field>
        <Field label={t('users.form.role')} hint={roles.summary(role)} error={errors.role?.message}>
          <select className="input" {...form.register('role')}>
            <RoleOptions />
          </select>
        </Field>
        <Field label={t('users.form.volunteer')} hint={t('users.form.volunteerHint')}>
          <select className="input" {...form.register('volunteerId')}>
            <VolunteerOptions volunteers={volunteers} />
          </select>
        </Field>
        <SecretFields register={form.register} errors={errors} kind={kind} />
        <UserDialogActions onClose={onClose} label={isSubmitting ? t('users.form.working') : t('users.form.add')} disabled={isSubmitting} />
      </form>
    </Dialog>
  );
}
