/**
 * First run: the forum's name, the administrator's name and passphrase (typed twice, with
 * a plain rule). Submitting makes the forum key, the recovery key and the administrator's
 * credential (renderer/security/vault.ts) and hands the recovery key on to be shown once.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { currentLanguage } from '../../i18n';
import { setUpForum } from '../../security/vault';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';
import { AccessFrame } from './AccessFrame';
import { NewPassphraseFields } from './NewPassphraseFields';
import { confirmMatches, newPassphraseFields, requiredText } from './secret-schema';

export function FirstRunScreen({ onDone }: { onDone: (result: { recoveryKey: string; forumName: string }) => void }) {
  const { t } = useTranslation('access');
  const [failed, setFailed] = useState(false);
  const schema = useMemo(
    () =>
      z
        .object({
          forumName: requiredText(t('secret.required')),
          adminName: requiredText(t('secret.required')),
          ...newPassphraseFields(t),
        })
        .superRefine(confirmMatches(t)),
    [t],
  );
  type Values = z.output<typeof schema>;
  const form = useForm<Values>({ ...VALIDATE_ON_SUBMIT, resolver: zodResolver(schema), defaultValues: { forumName: '', adminName: '', passphrase: '', confirm: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailed(false);
    try {
      const { recoveryKey } = await setUpForum({ forumName: values.forumName, adminName: values.adminName, passphrase: values.passphrase, language: currentLanguage() });
      onDone({ recoveryKey, forumName: values.forumName.trim() });
    } catch {
      setFailed(true);
    }
  });

  return (
    <AccessFrame title={t('firstRun.title')} lede={t('firstRun.lede')}>
      <form autoComplete="off" className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <Field label={t('firstRun.forumName')} hint={t('firstRun.forumNameHint')} error={errors.forumName?.message}>
          <input className="input" dir="auto" autoComplete="organization" {...form.register('forumName')} />
        </Field>
        <Field label={t('firstRun.adminName')} hint={t('firstRun.adminNameHint')} error={errors.adminName?.message}>
          <input className="input" dir="auto" autoComplete="name" {...form.register('adminName')} />
        </Field>
        <NewPassphraseFields register={form.register} errors={errors} label={t('firstRun.passphrase')} confirmLabel={t('firstRun.confirm')} />
        {failed ? (
          <p className="field__error" role="alert">
            {t('firstRun.failed')}
          </p>
        ) : null}
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? t('firstRun.working') : t('firstRun.submit')}
        </Button>
      </form>
    </AccessFrame>
  );
}
