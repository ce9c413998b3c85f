/** Today's sessions, each opening its page (slots, queue, day sheet). */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Appointment, Clinic, Session } from '../../../shared/schemas';
import { useFormat } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { Panel } from '../../ui/Panel';
import { UserText } from '../../ui/UserText';
import { useClinicWords } from '../clinics/words/clinic-words';

export function SessionsToday({ sessions, appointments, clinics }: { sessions: Session[]; appointments: Appointment[]; clinics: ReadonlyMap<string, Clinic> }) {
  const { t } = useTranslation('today');
  const format = useFormat();
  const words = useClinicWords();
  return (
    <Panel title={t('sessions.title')}>
      {sessions.length === 0 ? (
        <EmptyState title={t('sessions.none')}>
          {t('sessions.setUpBefore')} <Link to="/clinics">{t('sessions.setUpLink')}</Link>
        </EmptyState>
      ) : (
        <ul className="session-list">
          {sessions.map((session) => {
            const clinic = clinics.get(session.clinicId);
            const count = appointments.filter((a) => a.sessionId === session.id).length;
            return (
              <li key={session.id} className="session-card">
                <Link to={`/clinics/sessions/${session.id}`}>
                  <strong>
                    <UserText>{clinic?.name ?? t('sessions.clinic')}</UserText>
                  </strong>
                </Link>
                {session.status === 'cancelled' ? <Badge tone="danger">{t('sessions.cancelled')}</Badge> : <Badge tone="info">{t('sessions.people', { count })}</Badge>}
                <span className="session-card__meta">
                  {format.timeRange(session.startTime, session.endTime)}
                  {clinic ? ` · ${words.kind(clinic.kind)}` : ''}
                  {clinic?.venue ? (
                    <>
                      {' · '}
                      <UserText>{clinic.venue}</UserText>
                    </>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
