/**
 * What every record form does on submit and at its foot: save, let the user leave
 * without the unsaved-changes question, hand the saved record on, or put the refusal by
 * the fields; and the sticky Save / Cancel bar.
 */
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { reportWriteError } from './form-errors';
import { useStatus } from './StatusProvider';
import { useLeaveGuard } from './use-leave-guard';

export function useSaveForm<Input extends FieldValues, Output, Saved>(
  form: UseFormReturn<Input, unknown, Output>,
  save: (values: Output) => Promise<Saved>,
  onSaved: (saved: Saved) => void,
  fieldFor?: (path: string) => string,
) {
  const status = useStatus();
  const { guard, allowLeaving } = useLeaveGuard(form.formState.isDirty);
  const write = async (values: Output) => {
    try {
      const saved = await save(values);
      allowLeaving();
      onSaved(saved);
    } catch (error) {
      reportWriteError(error, form.setError, status, fieldFor);
    }
  };
  return { guard, allowLeaving, write, onSubmit: form.handleSubmit(write) };
}

export function FormFooter({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form__actions form__actions--sticky">
      <Button type="submit" variant="primary" disabled={busy}>
        {submitLabel}
      </Button>
      <Button variant="quiet" onClick={onCancel}>
        {t('actions.cancel')}
      </Button>
    </div>
  );
}
