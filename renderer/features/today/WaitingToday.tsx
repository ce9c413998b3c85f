/** Everyone waiting in today's drop-in queues, longest wait first. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Appointment, Clinic } from '../../../shared/schemas';
import { AppointmentStatusBadge } from '../../ui/StatusBadge';
import { useNow } from '../../ui/hooks/use-now';
import { Panel } from '../../ui/Panel';
import { UserText } from '../../ui/UserText';
import { waitingMinutes } from '../clinics/session/waiting-minutes';

export function WaitingToday({ waiting, nameOf, clinics }: { waiting: Appointment[]; nameOf: (id: string) => string; clinics: ReadonlyMap<string, Clinic> }) {
  const { t } = useTranslation('today');
  const now = useNow(30_000);
  const ordered = [...waiting].sort((a, b) => (a.arrivedAt ?? '').localeCompare(b.arrivedAt ?? ''));
  return (
    <Panel title={t('waiting.title')}>
      {ordered.length === 0 ? (
        <p className="muted">{t('waiting.nobody')}</p>
      ) : (
        <ol className="compact-list" aria-label={t('waiting.list')}>
          {ordered.map((a) => (
            <li key={a.id}>
              <UserText>{nameOf(a.clientId)}</UserText>{' '}
              {a.status === 'called' ? (
                <AppointmentStatusBadge status="called" />
              ) : (
                <span className="muted">{t('waiting.minutes', { minutes: waitingMinutes(a.arrivedAt, now) })}</span>
              )}{' '}
              <Link to={`/clinics/sessions/${a.sessionId}`} className="muted">
                <UserText>{clinics.get(a.clinicId)?.name ?? t('waiting.queue')}</UserText>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
