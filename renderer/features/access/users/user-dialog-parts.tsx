/**
 * What the Users panel's dialogs share: the role and volunteer-record choices, the
 * Cancel-and-save row, and the frame of a dialog that changes one thing about a user
 * (its role, its volunteer record) with a refusal shown next to the choice.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactElement } from 'react';
import { useForm, useWatch, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ROLES } from '../../../../shared/security/roles';
import type { Volunteer } from '../../../../shared/schemas';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { refusalMessage } from '../../../ui/form-errors';
import { VALIDATE_ON_SUBMIT } from '../../../ui/form-validation';
import { useRoleWords } from './role-words';

/** Every role, named in the app's language. */
export function RoleOptions() {
  const roles = useRoleWords();
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {roles.name(role)}
    </option>
  ));
}

/** "No volunteer record", then each volunteer by name (the value '' is none). */
export function VolunteerOptions({ volunteers }: { volunteers: readonly Volunteer[] }) {
  const { t } = useTranslation('access');
  return (
    <>
      <option value="">{t('users.form.noVolunteer')}</option>
      {volunteers.map((v) => (
        <option key={v.id} value={v.id}>
          {v.name}
        </option>
      ))}
    </>
  );
}

/** Cancel, then the dialog's action: the form's submit button, or a plain button given onSave. */
export function UserDialogActions({ onClose, label, onSave, disabled = false }: { onClose: () => void; label: string; onSave?: () => void; disabled?: boolean }) {
  const { t } = useTranslation('access');
  return (
    <div className="dialog__actions">
      <Button onClick={onClose}>{t('users.form.cancel')}</Button>
      <Button type={onSave ? 'button' : 'submit'} variant="primary" disabled={disabled} onClick={onSave}>
        {label}
      </Button>
    </div>
  );
}

/**
 * A dialog with one choice to save, as a react-hook-form with zod: `schema` checks the
 * choice (with our own message), `onSave` writes it (and says so); the dialog closes when
 * it has, and a refusal (say, the last administrator) is shown next to the choice.
 */
export function UserChoiceDialog<Value extends string>({
  title,
  label,
  hint,
  saveLabel,
  initial,
  schema,
  onSave,
  onClose,
  children,
}: {
  title: string;
  label: string;
  /** Words under the label for the choice as it stands (a role's summary follows the role). */
  hint: (value: string) => string;
  saveLabel: string;
  initial: Value;
  schema: z.ZodType<Value, string>;
  onSave: (value: Value) => Promise<void>;
  onClose: () => void;
  /** The control, given the form's registration for the choice. */
  children: (registration: UseFormRegisterReturn<'choice'>) => ReactElement<Record<string, unknown>>;
}) {
  const form = useForm<{ choice: string }, unknown, { choice: Value }>({
    resolver: zodResolver(z.object({ choice: schema })),
    defaultValues: { choice: initial },
    ...VALIDATE_ON_SUBMIT,
  });
  const choice = useWatch({ control: form.control, name: 'choice' });
  const save = form.handleSubmit(async (values) => {
    try {
      await onSave(values.choice);
      onClose();
    } catch (error) {
      form.setError('choice', { message: refusalMessage(error) });
    }
  });
  return (
    <Dialog title={title} onClose={onClose}>
      <form autoComplete="off" className="form" noValidate onSubmit={(event) => void save(event)}>
        <Field label={label} hint={hint(choice)} error={form.formState.errors.choice?.message}>
          {children(form.register('choice'))}
        </Field>
        <UserDialogActions onClose={onClose} label={saveLabel} disabled={form.formState.isSubmitting} />
      </form>
    </Dialog>
  );
}
