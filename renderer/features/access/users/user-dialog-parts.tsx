/**
 * What the Users panel's dialogs share: the role and volunteer-record choices, the
 * Cancel-and-save row, and the frame of a dialog that changes one thing about a user
 * (its role, its volunteer record) with a refusal shown next to the choice.
 */
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../shared/security/roles';
import type { Volunteer } from '../../../../shared/schemas';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { refusalMessage } from '../../../ui/form-errors';
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
 * A dialog with one choice to save: `onSave` writes it (and says so); the dialog closes
 * when it has, and a refusal (say, the last administrator) is shown next to the choice.
 */
export function UserChoiceDialog({
  title,
  label,
  hint,
  saveLabel,
  onSave,
  onClose,
  children,
}: {
  title: string;
  label: string;
  hint: string;
  saveLabel: string;
  onSave: () => Promise<void>;
  onClose: () => void;
  children: ReactElement<Record<string, unknown>>;
}) {
  const [problem, setProblem] = useState<string | undefined>();
  const save = async () => {
    try {
      await onSave();
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="form">
        <Field label={label} hint={hint} error={problem}>
          {children}
        </Field>
        <UserDialogActions onClose={onClose} label={saveLabel} onSave={() => void save()} />
      </div>
    </Dialog>
  );
}
