/** Today's four headline figures, each number with its own plural wording. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

export function TodayStats({ sessions, booked, waiting, interpreters }: { sessions: number; booked: number; waiting: number; interpreters: number }) {
  const { t } = useTranslation('today');
  const format = useFormat();
  const stats = [
    { key: 'sessions', count: sessions, label: t('stats.sessions', { count: sessions }) },
    { key: 'booked', count: booked, label: t('stats.booked', { count: booked }) },
    { key: 'waiting', count: waiting, label: t('stats.waiting', { count: waiting }) },
    { key: 'interpreters', count: interpreters, label: t('stats.interpreters', { count: interpreters }) },
  ];
  return (
    <div className="stat-row">
      {stats.map((stat) => (
        <div key={stat.key} className="stat">
          <div className="stat__value">{format.number(stat.count)}</div>
          <div className="stat__label">{stat.label}</div>
        </div>
      ))}
    </div>
  );
}
