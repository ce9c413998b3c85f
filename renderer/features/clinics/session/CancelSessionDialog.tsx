/** Cancel one session, with a reason; its bookings are cancelled too and listed for rebooking. */
import type { Appointment, Session } from '../../../../shared/schemas';
import { cancelSession } from '../../../data';
import { ReasonDialog } from '../../../ui/ReasonDialog';
import { useStatus } from '../../../ui/StatusProvider';
import { plural } from '../../../../shared/plural';

export function CancelSessionDialog({ session, booked, nameOf, onClose }: { session: Session; booked: Appointment[]; nameOf: (id: string) => string; onClose: () => void }) {
  const status = useStatus();
  const affected = booked.filter((a) => ['booked', 'arrived', 'called'].includes(a.status));
  return (
    <ReasonDialog
      title="Cancel this session?"
      keepLabel="Keep the session"
      confirmLabel="Cancel session"
      onConfirm={async (reason) => {
        const { bookingsCancelled } = await cancelSession(session.id, reason);
        status.say(bookingsCancelled > 0 ? `Session cancelled. ${plural(bookingsCancelled, 'person', 'people')} to rebook.` : 'Session cancelled');
      }}
      onClose={onClose}
    >
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
    </ReasonDialog>
  );
}
