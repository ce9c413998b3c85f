/**
 * A week of sessions, Monday to Sunday, one column a day: each session shows its clinic,
 * time, and how full it is, and opens the session. Pure: given the records, it renders,
 * so it can be measured on its own (tests/bench/week-view.bench.tsx).
 */
import { Link } from 'react-router';
import { addDays } from '../../../../shared/schedule/dates';
import type { Appointment, Clinic, Session } from '../../../../shared/schemas';
import { formatLongDate } from '../../../format/dates';
import { sessionLoad } from './session-load';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function WeekView({
  weekStart,
  today,
  sessions,
  appointments,
  clinics,
}: {
  weekStart: string;
  today: string;
  sessions: readonly Session[];
  appointments: readonly Appointment[];
  clinics: ReadonlyMap<string, Clinic>;
}) {
  const load = sessionLoad(sessions, appointments, clinics);
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  return (
    <div className="week-view" role="list" aria-label={`Week of ${formatLongDate(weekStart)}`}>
      {days.map((date, index) => {
        const daySessions = sessions.filter((s) => s.date === date);
        return (
          <section key={date} role="listitem" className={date === today ? 'week-view__day week-view__day--today' : 'week-view__day'} aria-label={formatLongDate(date)}>
            <h3 className="week-view__date">
              <span>{DAY_NAMES[index]}</span> {Number(date.slice(8))}
            </h3>
            {daySessions.length === 0 ? <p className="week-view__empty">–</p> : null}
            {daySessions.map((session) => {
              const clinic = clinics.get(session.clinicId);
              const figures = load.get(session.id);
              const cancelled = session.status === 'cancelled';
              return (
                <Link
                  key={session.id}
                  to={`/clinics/sessions/${session.id}`}
                  className={cancelled ? 'session-tile session-tile--cancelled' : 'session-tile'}
                  aria-label={`${clinic?.name ?? 'Clinic'}, ${formatLongDate(date)}, ${session.startTime}${cancelled ? ', cancelled' : ''}`}
                >
                  <span className="session-tile__name">{clinic?.name ?? 'Clinic'}</span>
                  <span className="session-tile__time">
                    {session.startTime}–{session.endTime}
                  </span>
                  <span className="session-tile__load">
                    {cancelled ? (session.closure ? 'Closed' : 'Cancelled') : figures?.capacity ? `${figures.booked}/${figures.capacity} booked` : `${figures?.booked ?? 0} seen or waiting`}
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
