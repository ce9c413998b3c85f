/** After a session is cancelled: everyone who was booked, with a Rebook button each. */
import type { Appointment } from '../../../../shared/schemas';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Panel';

export function PeopleToRebook({ appointments, nameOf, onRebook }: { appointments: Appointment[]; nameOf: (clientId: string) => string; onRebook: (a: Appointment) => void }) {
  const affected = appointments.filter((a) => a.status === 'cancelled' && a.cancelReason?.startsWith('Session cancelled'));
  return (
    <Panel title="People to rebook">
      {affected.length === 0 ? (
        <p className="muted">Nobody was booked into this session.</p>
      ) : (
        <ul className="rebook-list">
          {affected.map((a) => (
            <li key={a.id}>
              <span>
                <bdi>{nameOf(a.clientId)}</bdi> {a.slotTime ? <span className="muted">was at {a.slotTime}</span> : null}
              </span>
              {a.rebookedAs ? (
                <Badge tone="ok">Rebooked</Badge>
              ) : (
                <Button variant="primary" onClick={() => onRebook(a)} aria-label={`Rebook ${nameOf(a.clientId)}`}>
                  Rebook
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
