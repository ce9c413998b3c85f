/**
 * A decision about a person's record that is dated and signed: restricting it, lifting a
 * restriction. What it does in plain words, the date, who recorded it (the signed-in user
 * to start with) and one confirm, as one form (react-hook-form with zod), so each says a
 * missing date or name the same way, next to its field.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { localNow } from '../../platform/clock';
import { useSignedInUser } from '../../security/session';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormDateField } from '../../ui/FormDateField';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';
import { useStatus } from '../../ui/StatusProvider';
import { rightsFailure } from './rights-messages';

interface DatedDecisionDialogProps {
  title: string;
  explain: string;
  dateLabel: string;
  confirm: string;
  /** What to say next to a field left empty. */
  needed: string;
  /** Records the decision (and says it was done); a refusal is said in the dialog's words. */
  onConfirm: (date: string, recordedBy: string) => Promise<void>;
  onClose: () => void;
}

export function DatedDecisionDialog({ title, explain, dateLabel, confirm, needed, onConfirm, onClose }: DatedDecisionDialogProps) {
  const { t } = useTranslation('privacy');
  const status = useStatus();
  const me = useSignedInUser();
  const schema = useMemo(
    () => z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, needed), recordedBy: z.string().trim().min(1, needed).max(120, needed) }),
    [needed],
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { date: localNow().date, recordedBy: me?.name ?? '' },
    ...VALIDATE_ON_SUBMIT,
  });
  const save = form.handleSubmit(async ({ date, recordedBy }) => {
    try {
      await onConfirm(date, recordedBy);
      onClose();
    } catch (error) {
      status.error(rightsFailure(t, error));
    }
  });

  return (
    <Dialog title={title} onClose={onClose}>
      <form autoComplete="off" className="form" onSubmit={(event) => void save(event)} noValidate>
        <p>{explain}</p>
        <FormDateField control={form.control} name="date" label={dateLabel} />
        <Field label={t('rights.recordedBy')} error={form.formState.errors.recordedBy?.message}>
          <input className="input" {...form.register('recordedBy')} />
        </Field>
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('rights.cancel')}</Button>
          <Button variant="primary" type="submit">
            {confirm}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
