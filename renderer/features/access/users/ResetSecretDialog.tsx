/** Settings → Users → Reset PIN or passphrase: for someone who forgot theirs; the old one stops working. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { resetUserSecret, type UserSummary } from '../../../data';
import { Dialog } from '../../../ui/Dialog';
import { reportWriteError } from '../../../ui/form-errors';
import { VALIDATE_ON_SUBMIT } from '../../../ui/form-validation';
import { useStatus } from '../../../ui/StatusProvider';
import { checkSecretFields, SecretFields, secretShape } from './secret-fields';
import { UserDialogActions } from './user-dialog-parts';
import { isolate } from '../../../ui/UserText';

export function ResetSecretDialog({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const { t } = useTranslation('access');
  const status = useStatus();
  const schema = useMemo(() => z.object(secretShape).superRefine(checkSecretFields(t)), [t]);
  type Values = z.output<typeof schema>;
  const form = useForm<Values>({ ...VALIDATE_ON_SUBMIT, resolver: zodResolver(schema), defaultValues: { kind: user.secretKind, secret: '', confirm: '' } });
  const { errors, isSubmitting } = form.formState;
  const kind = useWatch({ control: form.control, name: 'kind' });
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await resetUserSecret(user.id, values.kind, values.secret);
      status.say(t('users.secretReset', { name: isolate(user.name) }));
      onClose();
    } catch (error) {
      reportWriteError(error, form.setError, status);
    }
  });
  return (
    <Dialog title={t('users.resetTitle', { name: isolate(user.name) })} onClose={onClose}>
      <form autoComplete="off" className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <p>{t('users.resetLede')}</p>
        <SecretFields register={form.register} errors={errors} kind={kind} />
        <UserDialogActions onClose={onClose} label={isSubmitting ? t('users.form.working') : t('users.form.saveSecret')} disabled={isSubmitting} />
      </form>
    </Dialog>
  );
}
