/** Today's sessions, each opening its page (slots, queue, day sheet). */
import { Link } from 'react-router';
import type { Appointment, Clinic, Session } from '../../../shared/schemas';
import { CLINIC_KIND_LABELS } from '../../format/labels';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { Panel } from '../../ui/Panel';
import { plural } from '../../../shared/plural';

export function SessionsToday({ sessions, appointments, clinics }: { sessions: Session[] | undefined; appointments: Appointment[]; clinics: ReadonlyMap<string, Clinic> }) {
  return (
    <Panel title="Today’s sessions">
      {sessions === undefined ? null : sessions.length === 0 ? (
        <EmptyState title="No sessions today.">
          Clinics and their schedules are set up under <Link to="/clinics">Clinics &amp; appointments</Link>.
        </EmptyState>
      ) : (
        <ul className="session-list">
          {sessions.map((session) => {
            const clinic = clinics.get(session.clinicId);
            const count = appointments.filter((a) => a.sessionId === session.id).length;
            return (
              <li key={session.id} className="session-card">
                <Link to={`/clinics/sessions/${session.id}`}>
                  <strong>{clinic?.name ?? 'Clinic'}</strong>
                </Link>
                {session.status === 'cancelled' ? <Badge tone="danger">Cancelled</Badge> : <Badge tone="info">{plural(count, 'person', 'people')}</Badge>}
                <span className="session-card__meta">
                  {session.startTime}–{session.endTime}
                  {clinic ? ` · ${CLINIC_KIND_LABELS[clinic.kind]}` : ''}
                  {clinic?.venue ? ` · ${clinic.venue}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
