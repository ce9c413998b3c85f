/**
 * The recovery key, shown once after first run, with Print. Continuing needs a tick that
 * it has been printed or written down: there is no way to show it again. The tick is a
 * react-hook-form with zod, its message next to it.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useFormat } from '../../i18n';
import { Button } from '../../ui/Button';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';
import { AccessFrame } from './AccessFrame';

export function RecoveryKeyScreen({ recoveryKey, forumName, onContinue }: { recoveryKey: string; forumName: string; onContinue: () => void }) {
  const { t } = useTranslation('access');
  const format = useFormat();
  const id = useId();
  const mustConfirm = t('recoveryKey.mustConfirm');
  const schema = useMemo(() => z.object({ kept: z.boolean().refine((ticked) => ticked, mustConfirm) }), [mustConfirm]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { kept: false }, ...VALIDATE_ON_SUBMIT });
  const problem = form.formState.errors.kept?.message;
  const proceed = form.handleSubmit(() => onContinue());
  const made = format.date(new Date().toISOString().slice(0, 10));
  return (
    <AccessFrame title={t('recoveryKey.title')} lede={t('recoveryKey.lede')}>
      <section className="recovery-key" aria-labelledby={`${id}-label`}>
        <p className="recovery-key__print-only">{t('recoveryKey.printTitle', { forum: forumName })}</p>
        <p id={`${id}-label`} className="field__label">
          {t('recoveryKey.label')}
        </p>
        <p className="recovery-key__value" dir="ltr" translate="no">
          {recoveryKey}
        </p>
        <p className="recovery-key__print-only">{t('recoveryKey.printMade', { date: made })}</p>
        <p>{t('recoveryKey.keep')}</p>
        <p className="recovery-key__print-only">{t('recoveryKey.printUse')}</p>
      </section>
      <form autoComplete="off" className="form no-print" noValidate onSubmit={(event) => void proceed(event)}>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('recoveryKey.print')}
        </Button>
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" aria-describedby={problem ? `${id}-must` : undefined} aria-invalid={problem ? true : undefined} {...form.register('kept')} />{' '}
            {t('recoveryKey.confirm')}
          </label>
          {problem ? (
            <span className="field__error" id={`${id}-must`} role="alert">
              {problem}
            </span>
          ) : null}
        </div>
        <Button variant="primary" type="submit">
          {t('recoveryKey.continue')}
        </Button>
      </form>
    </AccessFrame>
  );
}
