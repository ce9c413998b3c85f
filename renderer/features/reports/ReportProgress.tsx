/** A report being built: how far it has got, in a bar and in words, and a Cancel that stops it at once. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { Button } from '../../ui/Button';

export function ReportProgress({ fraction, onCancel }: { fraction: number; onCancel: () => void }) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const share = Math.max(0, Math.min(1, fraction));
  const percent = format.percent(Math.floor(share * 100) / 100);
  return (
    <div className="report-progress">
      <label className="field__label" htmlFor="report-progress">
        {t('build.progressLabel')}
      </label>
      <div className="report-progress__bar">
        <progress id="report-progress" max={100} value={Math.floor(share * 100)} aria-valuetext={t('build.done', { percent })} />
        <span className="report-progress__percent" aria-hidden="true">
          {t('build.done', { percent })}
        </span>
        <Button onClick={onCancel}>{t('build.cancel')}</Button>
      </div>
    </div>
  );
}
