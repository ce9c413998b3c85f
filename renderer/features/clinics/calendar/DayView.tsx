/** One day's sessions across clinics, each with who is booked and at what time. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Appointment, Client, Clinic, Session } from '../../../../shared/schemas';
import { AppointmentStatusBadge } from '../../../ui/StatusBadge';
import { useFormat } from '../../../i18n/format';
import { Badge } from '../../../ui/Badge';
import { EmptyState } from '../../../ui/EmptyState';
import { UserText } from '../../../ui/UserText';
import { useClinicWords } from '../words/clinic-words';

export function DayView({
  sessions,
  appointments,
  clinics,
  clientById,
}: {
  sessions: readonly Session[];
  appointments: readonly Appointment[];
  clinics: ReadonlyMap<string, Clinic>;
  clientById: ReadonlyMap<string, Client>;
}) {
  const { t } = useTranslation('clinics');
  const format = useFormat();
  const words = useClinicWords();
  if (sessions.length === 0) return <EmptyState title={t('day.none')} />;
  return (
    <div className="day-view">
      {sessions.map((session) => {
        const clinic = clinics.get(session.clinicId);
        const name = clinic?.name ?? t('day.clinic');
        const inside = appointments.filter((a) => a.sessionId === session.id && a.status !== 'cancelled');
        return (
          <section key={session.id} className="panel day-view__session" aria-label={t('day.sessionLabel', { clinic: name, time: format.time(session.startTime) })}>
            <div className="panel__header">
              <h2>
                <Link to={`/clinics/sessions/${session.id}`}>
                  <UserText>{name}</UserText>
                </Link>
              </h2>
              <span className="muted">
                {format.timeRange(session.startTime, session.endTime)} {session.status === 'cancelled' ? <Badge tone="danger">{t('day.cancelled')}</Badge> : null}
              </span>
            </div>
            {inside.length === 0 ? (
              <p className="muted">{t('day.nobody')}</p>
            ) : (
              <ul className="day-view__people">
                {inside.map((a) => {
                  const client = clientById.get(a.clientId);
                  return (
                    <li key={a.id}>
                      <span className="day-view__time">{a.slotTime ? format.time(a.slotTime) : t('day.walkIn')}</span>
                      <UserText>{client?.name ?? t('day.unknown')}</UserText>
                      {client?.nameLatin ? (
                        <span className="muted">
                          {' '}
                          <UserText>{client.nameLatin}</UserText>
                        </span>
                      ) : null}{' '}
                      <AppointmentStatusBadge status={a.status} />
                      {a.interpreterLanguage && !client?.restriction ? <Badge tone="warn">{words.language(a.interpreterLanguage)}</Badge> : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
