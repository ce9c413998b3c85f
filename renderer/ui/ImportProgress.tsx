/** Reading a file to import: how far it has got, and a Cancel that stops it at once. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { Button } from './Button';

export function ImportProgress({ label, fraction, onCancel }: { label: string; fraction: number; onCancel: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = Math.max(0, Math.min(1, fraction));
  const percent = Math.round(share * 100);
  return (
    <div className="import-progress" role="group" aria-label={label}>
      <label className="field__label" htmlFor="import-progress">
        {label}
      </label>
      <progress id="import-progress" max={100} value={percent} aria-valuetext={format.percent(share)}>
        {format.percent(share)}
      </progress>
      <Button onClick={onCancel}>{t('actions.cancel')}</Button>
    </div>
  );
}
