/** Shifts and hours by role, with an optional total row: on the page and in the letter. */
import { useTranslation } from 'react-i18next';
import type { HoursSummary } from '../../../../shared/rota/hours';
import { useFormat } from '../../../i18n/format';
import { useRotaWords } from '../words/use-rota-words';

export function HoursByRoleTable({ summary, className, caption, captionClassName, withTotal = false }: { summary: HoursSummary; className: string; caption: string; captionClassName: string; withTotal?: boolean }) {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const words = useRotaWords();
  return (
    <table className={className}>
      <caption className={captionClassName}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('hoursTable.role')}</th>
          <th scope="col" className="num">
            {t('hoursTable.shifts')}
          </th>
          <th scope="col" className="num">
            {t('hoursTable.hours')}
          </th>
        </tr>
      </thead>
      <tbody>
        {summary.byRole.map((row) => (
          <tr key={row.role}>
            <th scope="row">{words.role(row.role)}</th>
            <td className="num">{format.number(row.shifts)}</td>
            <td className="num">{words.hoursNumber(row.hours)}</td>
          </tr>
        ))}
      </tbody>
      {withTotal ? (
        <tfoot>
          <tr>
            <th scope="row">{t('hoursTable.total')}</th>
            <td className="num">{format.number(summary.total.shifts)}</td>
            <td className="num">{words.hoursNumber(summary.total.hours)}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
