/**
 * A month as two lists, month and year, named in the app's language: a native month input
 * writes its month in the browser's own language and order, whatever the app shows.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';

const YEARS_BACK = 10;

export function MonthPicker({ label, value, thisMonth, onChange }: { label: string; value: string; thisMonth: string; onChange: (month: string) => void }) {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const id = useId();
  const [year = '', month = ''] = value.split('-');
  const latest = Number(thisMonth.slice(0, 4));
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(latest - YEARS_BACK + i));
  return (
    <div className="inline-field" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`}>{label}</span>
      <select className="select" aria-label={t('hours.monthPart')} value={month} onChange={(e) => onChange(`${year}-${e.target.value}`)}>
        {format.months().map((name, index) => {
          const code = String(index + 1).padStart(2, '0');
          return (
            <option key={code} value={code}>
              {name}
            </option>
          );
        })}
      </select>
      <select className="select" aria-label={t('hours.yearPart')} value={year} onChange={(e) => onChange(`${e.target.value}-${month}`)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {format.number(Number(y), { useGrouping: false })}
          </option>
        ))}
      </select>
    </div>
  );
}
