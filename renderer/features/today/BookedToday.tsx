/** Today's booked appointments across clinics, by time. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Appointment, Clinic } from '../../../shared/schemas';
import { AppointmentStatusBadge } from '../../ui/StatusBadge';
import { useFormat } from '../../i18n/format';
import { Panel } from '../../ui/Panel';
import { UserText } from '../../ui/UserText';

export function BookedToday({ booked, nameOf, clinics }: { booked: Appointment[]; nameOf: (id: string) => string; clinics: ReadonlyMap<string, Clinic> }) {
  const { t } = useTranslation('today');
  const format = useFormat();
  return (
    <Panel title={t('booked.title')}>
      {booked.length === 0 ? (
        <p className="muted">{t('booked.none')}</p>
      ) : (
        <ol className="compact-list" aria-label={t('booked.list')}>
          {booked.map((a) => (
            <li key={a.id}>
              <span className="compact-list__time">{a.slotTime ? format.time(a.slotTime) : ''}</span> <UserText>{nameOf(a.clientId)}</UserText>{' '}
              <AppointmentStatusBadge status={a.status} />{' '}
              <Link to={`/clinics/sessions/${a.sessionId}`} className="muted">
                <UserText>{clinics.get(a.clinicId)?.name ?? t('booked.clinic')}</UserText>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
