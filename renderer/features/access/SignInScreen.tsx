/**
 * Sign-in: choose your name, enter your PIN or passphrase. A wrong one says so plainly;
 * after three wrong tries each further one waits longer (renderer/security/guess-delay.ts).
 * The list shows names and nothing else about anyone.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { signIn, TooManyTriesError, WrongSecretError } from '../../security/vault';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';
import { AccessFrame } from './AccessFrame';
import { SignInNameField, useSignInList } from './SignInNameField';

export function SignInScreen({ onForgot }: { onForgot: (userId: string | undefined) => void }) {
  const { t } = useTranslation('access');
  const users = useSignInList();
  const [problem, setProblem] = useState<string>();
  const schema = useMemo(
    () => z.object({ userId: z.string().min(1, t('signIn.chooseName')), secret: z.string().min(1, t('signIn.enterSecret')) }),
    [t],
  );
  type Values = z.output<typeof schema>;
  const form = useForm<Values>({ ...VALIDATE_ON_SUBMIT, resolver: zodResolver(schema), defaultValues: { userId: '', secret: '' } });
  const { errors, isSubmitting } = form.formState;
  const { setValue } = form;
  // One person on the list (a new forum): chosen already.
  useEffect(() => {
    if (users?.length === 1) setValue('userId', users[0]!.id);
  }, [users, setValue]);

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(undefined);
    try {
      await signIn(values.userId, values.secret);
    } catch (error) {
      form.setValue('secret', '');
      if (error instanceof TooManyTriesError) setProblem(t('signIn.wait', { seconds: Math.ceil(error.waitMs / 1000) }));
      else if (error instanceof WrongSecretError) setProblem(t('signIn.wrong'));
      else setProblem(t('signIn.failed'));
      form.setFocus('secret');
    }
  });

  return (
    <AccessFrame title={t('signIn.title')} lede={t('signIn.lede')}>
      <form autoComplete="off" className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <SignInNameField users={users} registration={form.register('userId')} error={errors.userId?.message} />
        <Field label={t('signIn.secret')} error={errors.secret?.message ?? problem}>
          <input className="input" type="password" autoComplete="current-password" {...form.register('secret')} />
        </Field>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? t('signIn.working') : t('signIn.submit')}
        </Button>
        <Button variant="quiet" onClick={() => onForgot(form.getValues('userId') || undefined)}>
          {t('signIn.forgot')}
        </Button>
      </form>
    </AccessFrame>
  );
}
