/**
 * The volunteers on a session's rota. From the day of the session on, attendance is
 * marked here: all at once, then adjusted, with hours defaulting from the shift times.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Session } from '../../../../shared/schemas';
import { useSessionShifts, useVolunteers } from '../../../data';
import { localToday } from '../../../format/dates';
import { Badge } from '../../../ui/Badge';
import { Panel } from '../../../ui/Panel';
import { UserText } from '../../../ui/UserText';
import { useClinicWords } from '../words/clinic-words';
import { AttendanceForm } from './AttendanceForm';
import { useCan } from '../../../security/permissions';

export function SessionVolunteers({ session }: { session: Session }) {
  const { t } = useTranslation('clinics');
  const words = useClinicWords();
  const shifts = useSessionShifts(session.id);
  const volunteers = useVolunteers();
  // Attendance and the rota are the coordinator's; the desk sees who is on.
  const canRecord = useCan('volunteers.write');
  if (!shifts || !volunteers) return null;
  const names = new Map(volunteers.map((v) => [v.id, v.name]));
  const held = shifts.filter((s) => s.volunteerId);
  const open = shifts.length - held.length;
  const started = session.date <= localToday();
  return (
    <Panel
      title={t('volunteers.title')}
      aside={
        canRecord ? (
          <Link className="button button--quiet" to={`/volunteers/rota?month=${session.date.slice(0, 7)}`}>
            {t('volunteers.rota')}
          </Link>
        ) : null
      }
    >
      {held.length === 0 ? <p className="muted">{t('volunteers.nobody')}</p> : null}
      {started && held.length > 0 && canRecord ? (
        <AttendanceForm key={held.map((s) => s.id + String(s.attended) + String(s.hoursWorked)).join()} shifts={held} names={names} />
      ) : (
        <ul className="compact-list" aria-label={t('volunteers.onRota')}>
          {held.map((s) => (
            <li key={s.id}>
              <strong>
                <UserText>{names.get(s.volunteerId ?? '') ?? t('volunteers.aVolunteer')}</UserText>
              </strong>{' '}
              <span className="muted">· {words.role(s.role)}</span>
              {s.language ? <span className="muted"> ({words.language(s.language)})</span> : null}
            </li>
          ))}
        </ul>
      )}
      {open > 0 ? <Badge tone="warn">{t('volunteers.open', { count: open })}</Badge> : null}
    </Panel>
  );
}
