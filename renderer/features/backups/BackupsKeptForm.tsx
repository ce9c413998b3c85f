/**
 * Settings → Backups: how many automatic backups the backup folder keeps. A react-hook-form
 * with zod: a whole number from 1 to 100, anything else ("0", "abc", empty) said next to
 * the field in our words, and nothing saved until it is right.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';
import { useStatus } from '../../ui/StatusProvider';
import { backupsKept, MAX_BACKUPS_KEPT, MIN_BACKUPS_KEPT, setBackupsKept } from './backup-actions';

export function BackupsKeptForm() {
  const { t } = useTranslation('backups');
  const status = useStatus();
  const range = t('folder.keptRange', { min: MIN_BACKUPS_KEPT, max: MAX_BACKUPS_KEPT });
  // Typed as text (a number input would hand over "" for "abc" and hide what was typed).
  const schema = useMemo(
    () =>
      z.object({
        keep: z
          .string()
          .trim()
          .regex(/^\d{1,3}$/, range)
          .transform(Number)
          .pipe(z.number().min(MIN_BACKUPS_KEPT, range).max(MAX_BACKUPS_KEPT, range)),
      }),
    [range],
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { keep: String(backupsKept()) },
    ...VALIDATE_ON_SUBMIT,
  });
  const save = form.handleSubmit(({ keep }) => {
    setBackupsKept(keep);
    form.reset({ keep: String(keep) });
    status.say(t('folder.keptSaved', { count: keep }));
  });

  return (
    <form autoComplete="off" className="form" noValidate onSubmit={(event) => void save(event)}>
      <Field label={t('folder.kept')} hint={t('folder.keptHint')} error={form.formState.errors.keep?.message}>
        <input className="input input--short" inputMode="numeric" {...form.register('keep')} />
      </Field>
      <Button type="submit">{t('folder.keptSave')}</Button>
    </form>
  );
}
