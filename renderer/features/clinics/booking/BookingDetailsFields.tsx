/** What a booking asks besides the time: its purpose and an interpreter's language. */
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../../../ui/code-pickers';

export function BookingDetailsFields({
  purpose,
  onPurpose,
  interpreter,
  onInterpreter,
  problem,
}: {
  purpose: string;
  onPurpose: (text: string) => void;
  interpreter: string | undefined;
  onInterpreter: (code: string | undefined) => void;
  problem: string | null;
}) {
  const { t } = useTranslation('clinics');
  return (
    <>
      <div className="form-grid">
        <label>
          <span className="field__label">{t('booking.purpose')}</span>
          <input className="input" value={purpose} maxLength={300} onChange={(e) => onPurpose(e.target.value)} />
        </label>
        <label>
          <span className="field__label">{t('booking.interpreter')}</span>
          <LanguagePicker value={interpreter} onChange={onInterpreter} />
        </label>
      </div>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
