/**
 * Settings → Restore: the passphrase of an encrypted backup, asked before the backup is
 * checked. A react-hook-form with zod: left empty, it says so next to the field rather
 * than checking the file with nothing. A passphrase the backup does not open with comes
 * back from the check as `problem` and is shown next to the same field.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';

interface RestorePassphraseFormProps {
  /** Why the last check failed, already worded; shown when the field itself is fine. */
  problem: string | undefined;
  busy: boolean;
  onCheck: (passphrase: string) => Promise<void>;
}

export function RestorePassphraseForm({ problem, busy, onCheck }: RestorePassphraseFormProps) {
  const { t } = useTranslation('backups');
  const missing = t('restore.passphraseMissing');
  // Not trimmed: a passphrase may begin or end with a space, and the backup was sealed with it as typed.
  const schema = useMemo(() => z.object({ passphrase: z.string().min(1, missing) }), [missing]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { passphrase: '' },
    ...VALIDATE_ON_SUBMIT,
  });
  const check = form.handleSubmit(({ passphrase }) => onCheck(passphrase));

  return (
    <form autoComplete="off" noValidate onSubmit={(event) => void check(event)}>
      <Field label={t('restore.passphrase')} error={form.formState.errors.passphrase?.message ?? problem}>
        <input type="password" autoComplete="off" {...form.register('passphrase')} />
      </Field>
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={busy || form.formState.isSubmitting}>
          {t('restore.check')}
        </Button>
      </div>
    </form>
  );
}
