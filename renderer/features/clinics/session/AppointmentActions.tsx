/**
 * The buttons for one appointment: only the status changes allowed from where it is,
 * "Reopen" to undo a mistaken final status, and "Rebook" for one that did not happen.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isFinalStatus, STATUS_TRANSITIONS } from '../../../../shared/frontdesk/appointment-status';
import type { Appointment, AppointmentStatus } from '../../../../shared/schemas';
import { reopenAppointmentStatus, setAppointmentStatus } from '../../../data';
import { useFormat } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { refusalMessage } from '../../../ui/form-errors';
import { ReasonDialog } from '../../../ui/ReasonDialog';
import { useStatus } from '../../../ui/StatusProvider';
import { isolateIn } from '../words/isolate-name';
import { useCan } from '../../../security/permissions';

type Step = Exclude<AppointmentStatus, 'booked' | 'cancelled'>;

export function AppointmentActions({ appointment, who, onRebook }: { appointment: Appointment; who: string; onRebook?: () => void }) {
  const { t } = useTranslation('clinics');
  const { language } = useFormat();
  const status = useStatus();
  const [cancelling, setCancelling] = useState(false);
  const canChange = useCan('appointments.write');
  const canLogAdvice = useCan('advice.write');
  const name = isolateIn(language, who);

  const change = async (to: Step) => {
    try {
      await setAppointmentStatus(appointment.id, to);
      status.say(to === 'arrived' && appointment.status === 'called' ? t('actions.changed.backInQueue', { name }) : t(`actions.changed.${to}`, { name }));
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };
  const reopen = async () => {
    try {
      await reopenAppointmentStatus(appointment.id);
      status.say(t('actions.changed.reopened', { name }));
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };

  // A role that may read bookings but not change them (the coordinator) sees no actions.
  if (!canChange) return null;
  const next = STATUS_TRANSITIONS[appointment.status];
  const final = isFinalStatus(appointment.status);
  const canRebook = onRebook && !appointment.rebookedAs && ['cancelled', 'did-not-attend', 'left-without-being-seen'].includes(appointment.status);
  return (
    <div className="appointment-actions" role="group" aria-label={t('actions.group', { name: who })}>
      {next.map((to) =>
        to === 'cancelled' ? (
          <Button key={to} variant="quiet" onClick={() => setCancelling(true)}>
            {t('actions.cancel')}
          </Button>
        ) : to === 'booked' ? null : (
          // The steps of the visit look like buttons; the exits (did not attend, left) stay quiet.
          <Button key={to} variant={to === 'seen' || to === 'arrived' || to === 'called' ? 'secondary' : 'quiet'} onClick={() => void change(to)}>
            {to === 'arrived' && appointment.status === 'called' ? t('actions.backToQueue') : t(`actions.${to}`)}
          </Button>
        ),
      )}
      {canLogAdvice && ['arrived', 'called', 'seen'].includes(appointment.status) ? (
        <Link className="button button--quiet" to={`/advice/new?appointment=${appointment.id}`} aria-label={t('actions.logAdviceFor', { name: who })}>
          {t('actions.logAdvice')}
        </Link>
      ) : null}
      {canRebook ? (
        <Button variant="secondary" onClick={onRebook}>
          {t('actions.rebook')}
        </Button>
      ) : null}
      {final && !appointment.rebookedAs ? (
        <Button variant="quiet" onClick={() => void reopen()}>
          {t('actions.reopen')}
        </Button>
      ) : null}
      {cancelling ? (
        <ReasonDialog
          title={t('actions.cancelTitle', { name })}
          keepLabel={t('actions.keep')}
          confirmLabel={t('actions.confirmCancel')}
          onConfirm={async (reason) => {
            await setAppointmentStatus(appointment.id, 'cancelled', reason);
            status.say(t('actions.changed.cancelled', { name }));
          }}
          onClose={() => setCancelling(false)}
        />
      ) : null}
    </div>
  );
}
