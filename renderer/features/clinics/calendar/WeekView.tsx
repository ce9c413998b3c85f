/**
 * A week of sessions, Monday to Sunday, one column a day: each session shows its clinic,
 * time, and how full it is (a drop-in that is over, how many were seen: nobody is waiting
 * at a session that has ended), and opens the session. Pure: given the records, it renders,
 * so it can be measured on its own (tests/bench/week-view.bench.tsx).
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addDays } from '../../../../shared/schedule/dates';
import { hasEnded, type LocalNow } from '../../../../shared/schedule/local-now';
import type { Appointment, Clinic, Session } from '../../../../shared/schemas';
import { useFormat } from '../../../i18n/format';
import { UserText } from '../../../ui/UserText';
import { sessionLoad } from './session-load';

export function WeekView({
  weekStart,
  now,
  sessions,
  appointments,
  clinics,
}: {
  weekStart: string;
  now: LocalNow;
  sessions: readonly Session[];
  appointments: readonly Appointment[];
  clinics: ReadonlyMap<string, Clinic>;
}) {
  const { t } = useTranslation('clinics');
  const format = useFormat();
  const dayNames = format.weekdays('short');
  const load = sessionLoad(sessions, appointments, clinics);
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  return (
    <div className="week-view" role="list" aria-label={t('week.label', { date: format.date(weekStart, 'long') })}>
      {days.map((date, index) => {
        const daySessions = sessions.filter((s) => s.date === date);
        const longDate = format.date(date, 'long');
        return (
          <section key={date} role="listitem" className={date === now.date ? 'week-view__day week-view__day--today' : 'week-view__day'} aria-label={longDate}>
            <h3 className="week-view__date">
              <span>{dayNames[index]}</span> {format.number(Number(date.slice(8)))}
            </h3>
            {daySessions.length === 0 ? (
              <p className="week-view__empty">
                <span aria-hidden="true">–</span>
                <span className="visually-hidden">{t('week.noSessions')}</span>
              </p>
            ) : null}
            {daySessions.map((session) => {
              const clinic = clinics.get(session.clinicId);
              const name = clinic?.name ?? t('week.clinic');
              const figures = load.get(session.id);
              const cancelled = session.status === 'cancelled';
              const label = { clinic: name, date: longDate, time: format.time(session.startTime) };
              return (
                <Link
                  key={session.id}
                  to={`/clinics/sessions/${session.id}`}
                  className={cancelled ? 'session-tile session-tile--cancelled' : 'session-tile'}
                  aria-label={cancelled ? t('week.tileCancelled', label) : t('week.tile', label)}
                >
                  <span className="session-tile__name">
                    <UserText>{name}</UserText>
                  </span>
                  <span className="session-tile__time">{format.timeRange(session.startTime, session.endTime)}</span>
                  <span className="session-tile__load">
                    {cancelled
                      ? session.closure
                        ? t('week.closed')
                        : t('week.cancelled')
                      : figures?.capacity
                        ? t('week.booked', { booked: format.number(figures.booked), capacity: format.number(figures.capacity) })
                        : hasEnded(session.date, session.endTime, now)
                          ? t('week.seen', { count: figures?.seen ?? 0 })
                          : t('week.seenOrWaiting', { count: figures?.booked ?? 0 })}
                  </span>
                  {figures && figures.capacity > 0 && !cancelled ? (
                    <span className="session-tile__bar" aria-hidden="true">
                      <span style={{ width: `${Math.min(100, Math.round((figures.booked / figures.capacity) * 100))}%` }} />
                    </span>
                  ) : null}
                </Link>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
