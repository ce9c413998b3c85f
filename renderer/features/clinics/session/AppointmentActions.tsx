/**
 * The buttons for one appointment: only the status changes allowed from where it is,
 * "Reopen" to undo a mistaken final status, and "Rebook" for one that did not happen.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { isFinalStatus, STATUS_TRANSITIONS } from '../../../../shared/frontdesk/appointment-status';
import type { Appointment, AppointmentStatus } from '../../../../shared/schemas';
import { reopenAppointmentStatus, setAppointmentStatus } from '../../../data';
import { Button } from '../../../ui/Button';
import { refusalMessage } from '../../../ui/form-errors';
import { ReasonDialog } from '../../../ui/ReasonDialog';
import { useStatus } from '../../../ui/StatusProvider';

const ACTION_LABELS: Partial<Record<AppointmentStatus, string>> = {
  arrived: 'Arrived',
  called: 'Call in',
  seen: 'Seen',
  'did-not-attend': 'Did not attend',
  'left-without-being-seen': 'Left',
  cancelled: 'Cancel',
};

export function AppointmentActions({ appointment, who, onRebook }: { appointment: Appointment; who: string; onRebook?: () => void }) {
  const status = useStatus();
  const [cancelling, setCancelling] = useState(false);

  const change = async (to: AppointmentStatus) => {
    try {
      await setAppointmentStatus(appointment.id, to);
      status.say(`${who}: ${to === 'arrived' && appointment.status === 'called' ? 'back in the queue' : (ACTION_LABELS[to] ?? to).toLowerCase()}`);
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };
  const reopen = async () => {
    try {
      await reopenAppointmentStatus(appointment.id);
      status.say(`${who}: reopened`);
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };

  const next = STATUS_TRANSITIONS[appointment.status];
  const final = isFinalStatus(appointment.status);
  const canRebook = onRebook && !appointment.rebookedAs && ['cancelled', 'did-not-attend', 'left-without-being-seen'].includes(appointment.status);
  return (
    <div className="appointment-actions" role="group" aria-label={`Actions for ${who}`}>
      {next.map((to) =>
        to === 'cancelled' ? (
          <Button key={to} variant="quiet" onClick={() => setCancelling(true)}>
            Cancel…
          </Button>
        ) : (
          // The steps of the visit look like buttons; the exits (did not attend, left) stay quiet.
          <Button key={to} variant={to === 'seen' || to === 'arrived' || to === 'called' ? 'secondary' : 'quiet'} onClick={() => void change(to)}>
            {to === 'arrived' && appointment.status === 'called' ? 'Back to queue' : ACTION_LABELS[to]}
          </Button>
        ),
      )}
      {['arrived', 'called', 'seen'].includes(appointment.status) ? (
        <Link className="button button--quiet" to={`/advice/new?appointment=${appointment.id}`} aria-label={`Log advice for ${who}`}>
          Log advice
        </Link>
      ) : null}
      {canRebook ? (
        <Button variant="secondary" onClick={onRebook}>
          Rebook
        </Button>
      ) : null}
      {final && !appointment.rebookedAs ? (
        <Button variant="quiet" onClick={() => void reopen()}>
          Reopen
        </Button>
      ) : null}
      {cancelling ? (
        <ReasonDialog
          title={`Cancel the appointment for ${who}?`}
          keepLabel="Keep the appointment"
          confirmLabel="Cancel appointment"
          onConfirm={async (reason) => {
            await setAppointmentStatus(appointment.id, 'cancelled', reason);
            status.say(`${who}: cancelled`);
          }}
          onClose={() => setCancelling(false)}
        />
      ) : null}
    </div>
  );
}
