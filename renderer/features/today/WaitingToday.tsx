/**
 * Everyone waiting in today's drop-in queues, longest wait first. Someone left in the queue
 * of a session that has already ended is not counted as waiting: they are listed after
 * the others, as still to be marked seen or left.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Appointment, Clinic, Session } from '../../../shared/schemas';
import { localNowOf } from '../../../shared/schedule/local-now';
import { isQueueOpen } from '../../../shared/schedule/queue-open';
import { AppointmentStatusBadge } from '../../ui/StatusBadge';
import { useNow } from '../../ui/hooks/use-now';
import { Panel } from '../../ui/Panel';
import { UserText } from '../../ui/UserText';
import { waitingMinutes } from '../clinics/session/waiting-minutes';

export function WaitingToday({
  waiting,
  sessions,
  nameOf,
  clinics,
}: {
  waiting: Appointment[];
  sessions: ReadonlyMap<string, Session>;
  nameOf: (id: string) => string;
  clinics: ReadonlyMap<string, Clinic>;
}) {
  const { t } = useTranslation('today');
  const now = useNow(30_000);
  const localNow = localNowOf(new Date(now));
  const queueOpen = (a: Appointment) => isQueueOpen(sessions.get(a.sessionId), localNow);
  const byArrival = [...waiting].sort((a, b) => (a.arrivedAt ?? '').localeCompare(b.arrivedAt ?? ''));
  const ordered = [...byArrival.filter(queueOpen), ...byArrival.filter((a) => !queueOpen(a))];
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
              ) : !queueOpen(a) ? (
                <span className="muted">{t('waiting.stillInQueue')}</span>
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
