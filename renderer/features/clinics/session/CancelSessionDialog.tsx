/** Cancel one session, with a reason; its bookings are cancelled too and listed for rebooking. */
import { useTranslation } from 'react-i18next';
import type { Appointment, Session } from '../../../../shared/schemas';
import { cancelSession } from '../../../data';
import { ReasonDialog } from '../../../ui/ReasonDialog';
import { useFormat } from '../../../i18n/format';
import { useStatus } from '../../../ui/StatusProvider';
import { UserText } from '../../../ui/UserText';

export function CancelSessionDialog({ session, booked, nameOf, onClose }: { session: Session; booked: Appointment[]; nameOf: (id: string) => string; onClose: () => void }) {
  const { t } = useTranslation('clinics');
  const format = useFormat();
  const status = useStatus();
  const affected = booked.filter((a) => ['booked', 'arrived', 'called'].includes(a.status));
  return (
    <ReasonDialog
      title={t('cancelSession.title')}
      keepLabel={t('cancelSession.keep')}
      confirmLabel={t('cancelSession.confirm')}
      onConfirm={async (reason) => {
        const { bookingsCancelled } = await cancelSession(session.id, reason);
        status.say(t('cancelSession.done', { count: bookingsCancelled }));
      }}
      onClose={onClose}
    >
      {affected.length > 0 ? (
        <>
          <p>{t('cancelSession.affected')}</p>
          <ul>
            {affected.map((a) => (
              <li key={a.id}>
                <UserText>{nameOf(a.clientId)}</UserText> {a.slotTime ? `(${format.time(a.slotTime)})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('cancelSession.nobody')}</p>
      )}
    </ReasonDialog>
  );
}
