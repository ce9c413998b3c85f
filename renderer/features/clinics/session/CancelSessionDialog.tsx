/** Cancel one session, with a reason; its bookings are cancelled too and listed for rebooking. */
import { useState } from 'react';
import type { Appointment, Session } from '../../../../shared/schemas';
import { cancelSession } from '../../../data';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';

export function CancelSessionDialog({ session, booked, nameOf, onClose }: { session: Session; booked: Appointment[]; nameOf: (id: string) => string; onClose: () => void }) {
  const status = useStatus();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const affected = booked.filter((a) => ['booked', 'arrived', 'called'].includes(a.status));
  const confirm = async () => {
    try {
      const { bookingsCancelled } = await cancelSession(session.id, reason);
      status.say(bookingsCancelled > 0 ? `Session cancelled. ${bookingsCancelled} people to rebook.` : 'Session cancelled');
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };
  return (
    <Dialog title="Cancel this session?" onClose={onClose}>
      <label>
        <span className="field__label">Reason</span>
        <input
          className="input"
          value={reason}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'cancel-session-problem' : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      {problem ? (
        <p className="field__error" id="cancel-session-problem">
          {problem}
        </p>
      ) : null}
      {affected.length > 0 ? (
        <>
          <p>These people are booked and will be listed for rebooking:</p>
          <ul>
            {affected.map((a) => (
              <li key={a.id}>
                <bdi>{nameOf(a.clientId)}</bdi> {a.slotTime ? `(${a.slotTime})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">Nobody is booked into this session.</p>
      )}
      <div className="dialog__actions">
        <Button onClick={onClose}>Keep the session</Button>
        <Button variant="danger" onClick={() => void confirm()}>
          Cancel session
        </Button>
      </div>
    </Dialog>
  );
}
