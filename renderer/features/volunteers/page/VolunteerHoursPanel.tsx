/** A volunteer's hours in the last 12 months: by role and by month, and what they are worth. */
import { useTranslation } from 'react-i18next';
import type { Shift, Volunteer } from '../../../../shared/schemas';
import { useFormat } from '../../../i18n/format';
import { Panel } from '../../../ui/Panel';
import { useRotaWords } from '../words/use-rota-words';
import { HoursByRoleTable } from './HoursByRoleTable';
import { last12Months, volunteerHours } from './volunteer-hours';
import { Loading } from '../../../ui/Loading';

export function VolunteerHoursPanel({
  volunteer,
  shifts,
  today,
  hourlyRate,
}: {
  volunteer: Volunteer;
  shifts: readonly Shift[] | undefined;
  today: string;
  hourlyRate: number;
}) {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const words = useRotaWords();
  if (!shifts) {
    return (
      <Panel title={t('hoursPanel.title')}>
        <Loading label={t('shifts.loading')} />
      </Panel>
    );
  }
  const period = last12Months(today);
  const summary = volunteerHours(volunteer, shifts, period.from, period.to, hourlyRate);
  const byMonth = new Map(summary.byMonth.map((m) => [m.month, m]));
  const busiest = Math.max(1, ...summary.byMonth.map((m) => m.hours));
  return (
    <Panel title={t('hoursPanel.title')} aside={<span className="muted">{t('hoursPanel.period')}</span>}>
      <div className="stat-row volunteer-hours__stats">
        <div className="stat">
          <div className="stat__value">{words.hoursNumber(summary.total.hours)}</div>
          <div className="stat__label">{t('hoursPanel.hours', { count: summary.total.hours })}</div>
        </div>
        <div className="stat">
          <div className="stat__value">{format.number(summary.total.shifts)}</div>
          <div className="stat__label">{t('hoursPanel.shifts', { count: summary.total.shifts })}</div>
        </div>
        <div className="stat">
          <div className="stat__value">{format.money(summary.total.value)}</div>
          <div className="stat__label">{t('hoursPanel.value', { rate: format.money(hourlyRate) })}</div>
        </div>
      </div>
      {summary.total.shifts === 0 ? (
        <p className="muted">{t('hoursPanel.none')}</p>
      ) : (
        <div className="volunteer-hours">
          <HoursByRoleTable summary={summary} className="table table--compact" caption={t('hoursPanel.byRole')} captionClassName="volunteer-hours__caption" />
          <table className="table table--compact">
            <caption className="volunteer-hours__caption">{t('hoursPanel.byMonth')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hoursPanel.month')}</th>
                <th scope="col" className="num">
                  {t('hoursTable.hours')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('hoursPanel.share')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {period.months.map((month) => {
                const hours = byMonth.get(month)?.hours ?? 0;
                return (
                  <tr key={month}>
                    <th scope="row">{words.monthYear(month)}</th>
                    <td className="num">{words.hoursNumber(hours)}</td>
                    <td className="volunteer-hours__bar-cell" aria-hidden="true">
                      <span className="volunteer-hours__bar" style={{ inlineSize: `${(hours / busiest) * 100}%` }} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
