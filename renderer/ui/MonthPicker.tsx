/**
 * A month as two lists, month and year, named in the app's language: a native month input
 * writes its month in the browser's own language and order, whatever the app shows. The
 * group carries the label (and the error, worded like Field's), each list its own name.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessageWords } from '../i18n';
import { useFormat } from '../i18n/format';

const YEARS_BACK = 10;

interface MonthPickerProps {
  label: string;
  /** YYYY-MM */
  value: string;
  /** The latest month offered is in this year (YYYY-MM). */
  thisMonth: string;
  onChange: (month: string) => void;
  /** A message or message code, worded here as Field does. */
  error?: string | undefined;
}

export function MonthPicker({ label, value, thisMonth, onChange, error }: MonthPickerProps) {
  const { t } = useTranslation('common');
  const format = useFormat();
  const words = useMessageWords();
  const id = useId();
  const [year = '', month = ''] = value.split('-');
  const latest = Number(thisMonth.slice(0, 4));
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(latest - YEARS_BACK + i));
  const errorId = `${id}-error`;
  return (
    <div className="inline-field month-picker" role="group" aria-labelledby={`${id}-label`} aria-describedby={error ? errorId : undefined}>
      <span id={`${id}-label`}>{label}</span>
      <select className="select" aria-label={t('dateField.month')} aria-invalid={error ? true : undefined} value={month} onChange={(e) => onChange(`${year}-${e.target.value}`)}>
        {format.months().map((name, index) => {
          const code = String(index + 1).padStart(2, '0');
          return (
            <option key={code} value={code}>
              {name}
            </option>
          );
        })}
      </select>
      <select className="select" aria-label={t('dateField.year')} aria-invalid={error ? true : undefined} value={year} onChange={(e) => onChange(`${e.target.value}-${month}`)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {format.number(Number(y), { useGrouping: false })}
          </option>
        ))}
      </select>
      {error ? (
        <span className="field__error" id={errorId} role="alert">
          {words(error)}
        </span>
      ) : null}
    </div>
  );
}
