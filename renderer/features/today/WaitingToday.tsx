/** Everyone waiting in today's drop-in queues, longest wait first. */
import { Link } from 'react-router';
import type { Appointment, Clinic } from '../../../shared/schemas';
import { APPOINTMENT_STATUS } from '../../format/labels';
import { Badge } from '../../ui/Badge';
import { useNow } from '../../ui/hooks/use-now';
import { Panel } from '../../ui/Panel';
import { waitingMinutes } from '../clinics/session/WalkInQueue';

export function WaitingToday({ waiting, nameOf, clinics }: { waiting: Appointment[]; nameOf: (id: string) => string; clinics: ReadonlyMap<string, Clinic> }) {
  const now = useNow(30_000);
  const ordered = [...waiting].sort((a, b) => (a.arrivedAt ?? '').localeCompare(b.arrivedAt ?? ''));
  return (
    <Panel title="Walk-in queue">
      {ordered.length === 0 ? (
        <p className="muted">Nobody is waiting.</p>
      ) : (
        <ol className="compact-list" aria-label="Waiting now">
          {ordered.map((a) => (
            <li key={a.id}>
              <bdi>{nameOf(a.clientId)}</bdi>{' '}
              {a.status === 'called' ? <Badge tone={APPOINTMENT_STATUS.called.tone}>{APPOINTMENT_STATUS.called.label}</Badge> : <span className="muted">waiting {waitingMinutes(a.arrivedAt, now)} min</span>}{' '}
              <Link to={`/clinics/sessions/${a.sessionId}`} className="muted">
                {clinics.get(a.clinicId)?.name ?? 'Queue'}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
