/**
 * The volunteers on a session's rota. From the day of the session on, attendance is
 * marked here: all at once, then adjusted, with hours defaulting from the shift times.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { minutesOf } from '../../../../shared/schedule/dates';
import type { Session, Shift } from '../../../../shared/schemas';
import { recordAttendance, useSessionShifts, useVolunteers } from '../../../data';
import { localToday } from '../../../format/dates';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { refusalMessage } from '../../../ui/form-errors';
import { Panel } from '../../../ui/Panel';
import { useStatus } from '../../../ui/StatusProvider';
import { UserText } from '../../../ui/UserText';
import { useClinicWords } from '../words/clinic-words';
import { readHours } from './hours-text';
import { useFormat } from '../../../i18n/format';
import { useCan } from '../../../security/permissions';

const shiftHours = (s: Shift) => Math.round(((minutesOf(s.endTime) - minutesOf(s.startTime)) / 60) * 4) / 4;

interface Row {
  attended: boolean;
  hours: string;
}

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

function AttendanceForm({ shifts, names }: { shifts: Shift[]; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('clinics');
  const words = useClinicWords();
  const format = useFormat();
  const status = useStatus();
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(shifts.map((s) => [s.id, { attended: s.attended ?? false, hours: format.number(s.hoursWorked ?? shiftHours(s), { useGrouping: false }) }])),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const set = (id: string, change: Partial<Row>) => setRows((current) => ({ ...current, [id]: { ...current[id]!, ...change } }));
  const save = async () => {
    const entries = shifts.map((s) => {
      const row = rows[s.id]!;
      return { shiftId: s.id, attended: row.attended, hoursWorked: row.attended ? readHours(row.hours) : undefined };
    });
    if (entries.some((e) => e.attended && (!Number.isFinite(e.hoursWorked) || (e.hoursWorked ?? 0) < 0 || (e.hoursWorked ?? 0) > 24))) {
      setProblem(t('validation.hours'));
      return;
    }
    try {
      await recordAttendance(entries);
      setProblem(null);
      status.say(t('volunteers.saved'));
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };
  return (
    <div className="attendance">
      <ul className="attendance__list" aria-label={t('volunteers.attendance')}>
        {shifts.map((s) => {
          const who = names.get(s.volunteerId ?? '') ?? t('volunteers.aVolunteer');
          const row = rows[s.id]!;
          return (
            <li key={s.id}>
              <label className="checkbox">
                <input type="checkbox" checked={row.attended} onChange={(e) => set(s.id, { attended: e.target.checked })} />
                <strong>
                  <UserText>{who}</UserText>
                </strong>{' '}
                <span className="muted">· {words.role(s.role)}</span>
              </label>
              <label className="inline-field">
                {t('volunteers.hours')}
                <input
                  className="input input--tiny"
                  inputMode="decimal"
                  value={row.hours}
                  disabled={!row.attended}
                  aria-label={t('volunteers.hoursFor', { name: who })}
                  onChange={(e) => set(s.id, { hours: e.target.value })}
                />
              </label>
            </li>
          );
        })}
      </ul>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="form__actions">
        <Button onClick={() => setRows(Object.fromEntries(shifts.map((s) => [s.id, { ...rows[s.id]!, attended: true }])))}>{t('volunteers.markAll')}</Button>
        <Button variant="primary" onClick={() => void save()}>
          {t('volunteers.save')}
        </Button>
      </div>
    </div>
  );
}
