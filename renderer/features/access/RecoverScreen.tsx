/**
 * Forgot the passphrase: the recovery key from first run opens the forum key, and the
 * person chooses a new passphrase, then is signed in.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { recoverWithKey, RecoveryKeyError } from '../../security/vault';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';
import { AccessFrame } from './AccessFrame';
import { confirmMatches, newPassphraseFields } from './secret-schema';
import { NewPassphraseFields } from './NewPassphraseFields';
import { SignInNameField, useSignInList } from './SignInNameField';

export function RecoverScreen({ userId, onBack }: { userId: string | undefined; onBack: () => void }) {
  const { t } = useTranslation('access');
  const users = useSignInList();
  const schema = useMemo(
    () =>
      z
        .object({ userId: z.string().min(1, t('signIn.chooseName')), recoveryKey: z.string().trim().min(1, t('recover.enterKey')), ...newPassphraseFields(t) })
        .superRefine(confirmMatches(t)),
    [t],
  );
  type Values = z.output<typeof schema>;
  const form = useForm<Values>({
    ...VALIDATE_ON_SUBMIT,
    resolver: zodResolver(schema),
    values: { userId: userId ?? (users?.length === 1 ? users[0]!.id : ''), recoveryKey: '', passphrase: '', confirm: '' },
    resetOptions: { keepDirtyValues: true },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await recoverWithKey(values.userId, values.recoveryKey, 'passphrase', values.passphrase);
      onBack();
    } catch (error) {
      form.setError('recoveryKey', { message: error instanceof RecoveryKeyError ? t('recover.wrongKey') : t('signIn.failed') });
    }
  });

  return (
    <AccessFrame title={t('recover.title')} lede={t('recover.lede')}>
      <form autoComplete="off" className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <SignInNameField users={users} registration={form.register('userId')} error={errors.userId?.message} />
        <Field label={t('recover.key')} hint={t('recover.keyHint')} error={errors.recoveryKey?.message}>
          <input className="input" dir="ltr" autoComplete="off" spellCheck={false} {...form.register('recoveryKey')} />
        </Field>
        <NewPassphraseFields register={form.register} errors={errors} label={t('recover.newPassphrase')} confirmLabel={t('recover.confirm')} />
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? t('recover.working') : t('recover.submit')}
        </Button>
        <Button variant="quiet" onClick={onBack}>
          {t('recover.back')}
        </Button>
      </form>
    </AccessFrame>
  );
}
