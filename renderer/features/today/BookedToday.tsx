/** Today's booked appointments across clinics, by time. */
import { Link } from 'react-router';
import type { Appointment, Clinic } from '../../../shared/schemas';
import { APPOINTMENT_STATUS } from '../../format/labels';
import { Badge } from '../../ui/Badge';
import { Panel } from '../../ui/Panel';

export function BookedToday({ booked, nameOf, clinics }: { booked: Appointment[]; nameOf: (id: string) => string; clinics: ReadonlyMap<string, Clinic> }) {
  return (
    <Panel title="Booked today">
      {booked.length === 0 ? (
        <p className="muted">No appointments booked for today.</p>
      ) : (
        <ol className="compact-list" aria-label="Booked today">
          {booked.map((a) => (
            <li key={a.id}>
              <span className="compact-list__time">{a.slotTime}</span> <bdi>{nameOf(a.clientId)}</bdi>{' '}
              <Badge tone={APPOINTMENT_STATUS[a.status].tone}>{APPOINTMENT_STATUS[a.status].label}</Badge>{' '}
              <Link to={`/clinics/sessions/${a.sessionId}`} className="muted">
                {clinics.get(a.clinicId)?.name ?? 'Clinic'}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
