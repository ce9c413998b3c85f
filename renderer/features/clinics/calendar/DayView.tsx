/** One day's sessions across clinics, each with who is booked and at what time. */
import { Link } from 'react-router';
import { languageName } from '../../../../shared/codes/languages';
import type { Appointment, Client, Clinic, Session } from '../../../../shared/schemas';
import { APPOINTMENT_STATUS } from '../../../format/labels';
import { Badge } from '../../../ui/Badge';
import { EmptyState } from '../../../ui/EmptyState';

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
  if (sessions.length === 0) return <EmptyState title="No sessions on this day." />;
  return (
    <div className="day-view">
      {sessions.map((session) => {
        const clinic = clinics.get(session.clinicId);
        const inside = appointments.filter((a) => a.sessionId === session.id && a.status !== 'cancelled');
        return (
          <section key={session.id} className="panel day-view__session" aria-label={`${clinic?.name ?? 'Clinic'} ${session.startTime}`}>
            <div className="panel__header">
              <h2>
                <Link to={`/clinics/sessions/${session.id}`}>{clinic?.name ?? 'Clinic'}</Link>
              </h2>
              <span className="muted">
                {session.startTime}–{session.endTime} {session.status === 'cancelled' ? <Badge tone="danger">Cancelled</Badge> : null}
              </span>
            </div>
            {inside.length === 0 ? (
              <p className="muted">Nobody booked yet.</p>
            ) : (
              <ul className="day-view__people">
                {inside.map((a) => {
                  const client = clientById.get(a.clientId);
                  return (
                    <li key={a.id}>
                      <span className="day-view__time">{a.slotTime ?? 'walk-in'}</span>
                      <bdi>{client?.name ?? 'Unknown person'}</bdi>
                      {client?.nameLatin ? <span className="muted"> {client.nameLatin}</span> : null}{' '}
                      <Badge tone={APPOINTMENT_STATUS[a.status].tone}>{APPOINTMENT_STATUS[a.status].label}</Badge>
                      {a.interpreterLanguage ? <Badge tone="warn">{languageName(a.interpreterLanguage)}</Badge> : null}
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
