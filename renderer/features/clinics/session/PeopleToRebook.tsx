/** After a session is cancelled: everyone who was booked, with a Rebook button each. */
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/schemas';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { useFormat } from '../../../i18n/format';
import { Panel } from '../../../ui/Panel';
import { UserText } from '../../../ui/UserText';
import { useCan } from '../../../security/permissions';

export function PeopleToRebook({ appointments, nameOf, onRebook }: { appointments: Appointment[]; nameOf: (clientId: string) => string; onRebook: (a: Appointment) => void }) {
  const { t } = useTranslation('clinics');
  const format = useFormat();
  const canBook = useCan('appointments.write');
  const affected = appointments.filter((a) => a.status === 'cancelled' && a.cancelReason?.startsWith('Session cancelled'));
  return (
    <Panel title={t('rebookList.title')}>
      {affected.length === 0 ? (
        <p className="muted">{t('rebookList.nobody')}</p>
      ) : (
        <ul className="rebook-list">
          {affected.map((a) => (
            <li key={a.id}>
              <span>
                <UserText>{nameOf(a.clientId)}</UserText> {a.slotTime ? <span className="muted">{t('rebookList.wasAt', { time: format.time(a.slotTime) })}</span> : null}
              </span>
              {a.rebookedAs ? (
                <Badge tone="ok">{t('rebookList.rebooked')}</Badge>
              ) : !canBook ? null : (
                <Button variant="primary" onClick={() => onRebook(a)} aria-label={t('rebookList.rebookLabel', { name: nameOf(a.clientId) })}>
                  {t('rebookList.rebook')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
