/**
 * Assigning a volunteer despite a warning (back from leave a day early, a check renewed
 * but not yet recorded) needs a reason, kept on the shift. A react-hook-form with zod: a
 * missing reason is said next to the field before the command is asked.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { VALIDATE_ON_SUBMIT } from '../../../ui/form-validation';

export function OverrideReasonForm({ despite, needsReason, onAssign, onBack }: {
  /** "Assign … despite: …", in words. */
  despite: string;
  /** What to say when no reason is given. */
  needsReason: string;
  onAssign: (reason: string) => Promise<void>;
  onBack: () => void;
}) {
  const { t } = useTranslation('volunteers');
  const schema = useMemo(() => z.object({ reason: z.string().trim().min(1, needsReason).max(500, needsReason) }), [needsReason]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { reason: '' },
    ...VALIDATE_ON_SUBMIT,
  });
  const assign = form.handleSubmit(({ reason }) => onAssign(reason));
  return (
    <form autoComplete="off" className="override" noValidate onSubmit={(event) => void assign(event)}>
      <p>{despite}</p>
      <Field label={t('assign.reason')} error={form.formState.errors.reason?.message}>
        <input className="input" dir="auto" {...form.register('reason')} />
      </Field>
      <div className="dialog__actions">
        <Button onClick={onBack}>{t('assign.back')}</Button>
        <Button variant="primary" type="submit" disabled={form.formState.isSubmitting}>
          {t('assign.withReason')}
        </Button>
      </div>
    </form>
  );
}
