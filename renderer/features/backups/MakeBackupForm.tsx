/**
 * Settings → Backups → Make a backup now, with an optional passphrase typed twice. A
 * react-hook-form with zod: a passphrase too short, or a repeat that differs, is said next
 * to its field before anything is written.
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
import { isolate } from '../../ui/UserText';
import { backUp } from './backup-actions';

const MIN_PASSPHRASE = 10;

export function MakeBackupForm() {
  const { t } = useTranslation('backups');
  const status = useStatus();
  const tooShort = t('make.tooShort', { min: MIN_PASSPHRASE });
  const notSame = t('make.notSame');
  const schema = useMemo(
    () =>
      z
        .object({
          // Empty: a backup without a passphrase (the panel warns it is not encrypted).
          passphrase: z.string().refine((typed) => typed === '' || typed.length >= MIN_PASSPHRASE, tooShort),
          repeat: z.string(),
        })
        .refine((typed) => typed.passphrase === typed.repeat, { path: ['repeat'], message: notSame }),
    [tooShort, notSame],
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { passphrase: '', repeat: '' },
    ...VALIDATE_ON_SUBMIT,
  });
  const errors = form.formState.errors;

  const make = form.handleSubmit(async ({ passphrase }) => {
    const outcome = await backUp('manual', passphrase || undefined);
    if (outcome.done) {
      const encrypted = outcome.made.encrypted ? 'yes' : 'no';
      const fileName = isolate(outcome.fileName);
      status.say(
        outcome.where === 'folder'
          ? t('make.madeInFolder', { fileName, folder: isolate(outcome.folder ?? t('make.theBackupFolder')), encrypted })
          : t('make.downloaded', { fileName, encrypted }),
      );
      form.reset({ passphrase: '', repeat: '' });
    } else {
      status.error(t(`failed.${outcome.problem}`));
    }
  });
  const busy = form.formState.isSubmitting;

  return (
    <form autoComplete="off" noValidate onSubmit={(event) => void make(event)}>
      <div className="grid-2">
        <Field label={t('make.passphrase')} hint={t('make.passphraseHint', { min: MIN_PASSPHRASE })} error={errors.passphrase?.message}>
          <input type="password" autoComplete="new-password" {...form.register('passphrase')} />
        </Field>
        <Field label={t('make.repeat')} error={errors.repeat?.message}>
          <input type="password" autoComplete="new-password" {...form.register('repeat')} />
        </Field>
      </div>
      <div className="form__actions">
        <Button variant="primary" type="submit" disabled={busy}>
          {busy ? t('make.busy') : t('make.action')}
        </Button>
      </div>
    </form>
  );
}
