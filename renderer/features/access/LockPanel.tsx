/** Settings → Locking: how many minutes without use before Signpost locks itself. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { z } from 'zod';
import { saveSettings, useSettings } from '../../data';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';

const lockInput = (message: string) => z.object({ lockAfterMinutes: z.coerce.number(message).int(message).min(1, message).max(120, message) });
type LockFields = z.input<ReturnType<typeof lockInput>>;
type LockValues = z.output<ReturnType<typeof lockInput>>;

export function LockPanel() {
  const { t } = useTranslation('access');
  const settings = useSettings();
  return (
    <Panel title={t('lock.panelTitle')}>
      <p>{t('lock.panelLede')}</p>
      {settings ? <LockForm minutes={settings.lockAfterMinutes} /> : null}
    </Panel>
  );
}

function LockForm({ minutes }: { minutes: number }) {
  const { t } = useTranslation('access');
  const status = useStatus();
  const schema = useMemo(() => lockInput(t('lock.invalid')), [t]);
  const form = useForm<LockFields, unknown, LockValues>({ ...VALIDATE_ON_SUBMIT, resolver: zodResolver(schema), defaultValues: { lockAfterMinutes: minutes } });
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = await saveSettings({ lockAfterMinutes: values.lockAfterMinutes });
      form.reset({ lockAfterMinutes: saved.lockAfterMinutes });
      status.say(t('lock.saved'));
    } catch {
      status.error(t('lock.notSaved'));
    }
  });
  return (
    <form autoComplete="off" className="form form--inline" onSubmit={(event) => void onSubmit(event)} noValidate>
      <Field label={t('lock.after')} hint={t('lock.afterHint')} error={form.formState.errors.lockAfterMinutes?.message}>
        <input className="input input--short" type="number" inputMode="numeric" min={1} max={120} {...form.register('lockAfterMinutes')} />
      </Field>
      <Button type="submit">{t('lock.save')}</Button>
    </form>
  );
}
