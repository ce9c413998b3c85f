/** "Recorded by" on the people's-rights dialogs, with the dialog's one problem message beside it. */
import { useTranslation } from 'react-i18next';

export function RecordedByField({ id, value, onChange, problem }: { id: string; value: string; onChange: (value: string) => void; problem: string | undefined }) {
  const { t } = useTranslation('privacy');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('rights.recordedBy')}
      </label>
      <input id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={problem ? true : undefined} autoComplete="off" />
      {problem ? (
        <span className="field__error" role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
