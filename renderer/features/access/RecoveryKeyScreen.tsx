/**
 * The recovery key, shown once after first run, with Print. Continuing needs a tick that
 * it has been printed or written down: there is no way to show it again.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import { Button } from '../../ui/Button';
import { AccessFrame } from './AccessFrame';

export function RecoveryKeyScreen({ recoveryKey, forumName, onContinue }: { recoveryKey: string; forumName: string; onContinue: () => void }) {
  const { t } = useTranslation('access');
  const format = useFormat();
  const id = useId();
  const [kept, setKept] = useState(false);
  const [showMustConfirm, setShowMustConfirm] = useState(false);
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
      <div className="form no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('recoveryKey.print')}
        </Button>
        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={kept}
              aria-describedby={showMustConfirm ? `${id}-must` : undefined}
              onChange={(event) => {
                setKept(event.target.checked);
                setShowMustConfirm(false);
              }}
            />{' '}
            {t('recoveryKey.confirm')}
          </label>
          {showMustConfirm ? (
            <span className="field__error" id={`${id}-must`} role="alert">
              {t('recoveryKey.mustConfirm')}
            </span>
          ) : null}
        </div>
        <Button variant="primary" onClick={() => (kept ? onContinue() : setShowMustConfirm(true))}>{t('recoveryKey.continue')}</Button>
      </div>
    </AccessFrame>
  );
}
