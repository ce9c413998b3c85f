/**
 * The volunteers on a session's rota. From the day of the session on, attendance is
 * marked here: all at once, then adjusted, with hours defaulting from the shift times.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { languageName } from '../../../../shared/codes/languages';
import { minutesOf } from '../../../../shared/schedule/dates';
import type { Session, Shift } from '../../../../shared/schemas';
import { recordAttendance, useSessionShifts, useVolunteers } from '../../../data';
import { localToday } from '../../../format/dates';
import { roleLabel } from '../../../format/labels';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { refusalMessage } from '../../../ui/form-errors';
import { Panel } from '../../../ui/Panel';
import { useStatus } from '../../../ui/StatusProvider';
import { plural } from '../../../../shared/plural';

const shiftHours = (s: Shift) => Math.round(((minutesOf(s.endTime) - minutesOf(s.startTime)) / 60) * 4) / 4;

interface Row {
  attended: boolean;
  hours: string;
}

export function SessionVolunteers({ session }: { session: Session }) {
  const shifts = useSessionShifts(session.id);
  const volunteers = useVolunteers();
  if (!shifts || !volunteers) return null;
  const names = new Map(volunteers.map((v) => [v.id, v.name]));
  const held = shifts.filter((s) => s.volunteerId);
  const open = shifts.length - held.length;
  const started = session.date <= localToday();
  return (
    <Panel
      title="Volunteers"
      aside={
        <Link className="button button--quiet" to={`/volunteers/rota?month=${session.date.slice(0, 7)}`}>
          Rota
        </Link>
      }
    >
      {held.length === 0 ? <p className="muted">Nobody is on the rota for this session yet.</p> : null}
      {started && held.length > 0 ? (
        <AttendanceForm key={held.map((s) => s.id + String(s.attended) + String(s.hoursWorked)).join()} shifts={held} names={names} />
      ) : (
        <ul className="compact-list" aria-label="On the rota">
          {held.map((s) => (
            <li key={s.id}>
              <strong>{names.get(s.volunteerId ?? '') ?? 'A volunteer'}</strong> <span className="muted">· {roleLabel(s.role)}</span>
              {s.language ? <span className="muted"> ({languageName(s.language)})</span> : null}
            </li>
          ))}
        </ul>
      )}
      {open > 0 ? <Badge tone="warn">{`${plural(open, 'place')} still open`}</Badge> : null}
    </Panel>
  );
}

function AttendanceForm({ shifts, names }: { shifts: Shift[]; names: ReadonlyMap<string, string> }) {
  const status = useStatus();
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(shifts.map((s) => [s.id, { attended: s.attended ?? false, hours: String(s.hoursWorked ?? shiftHours(s)) }])),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const set = (id: string, change: Partial<Row>) => setRows((current) => ({ ...current, [id]: { ...current[id]!, ...change } }));
  const save = async () => {
    const entries = shifts.map((s) => {
      const row = rows[s.id]!;
      return { shiftId: s.id, attended: row.attended, hoursWorked: row.attended ? Number(row.hours) : undefined };
    });
    if (entries.some((e) => e.attended && (!Number.isFinite(e.hoursWorked) || (e.hoursWorked ?? 0) < 0 || (e.hoursWorked ?? 0) > 24))) {
      setProblem('Hours must be a number from 0 to 24.');
      return;
    }
    try {
      await recordAttendance(entries);
      setProblem(null);
      status.say('Attendance saved');
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };
  return (
    <div className="attendance">
      <ul className="attendance__list" aria-label="Attendance">
        {shifts.map((s) => {
          const who = names.get(s.volunteerId ?? '') ?? 'A volunteer';
          const row = rows[s.id]!;
          return (
            <li key={s.id}>
              <label className="checkbox">
                <input type="checkbox" checked={row.attended} onChange={(e) => set(s.id, { attended: e.target.checked })} />
                <strong>{who}</strong> <span className="muted">· {roleLabel(s.role)}</span>
              </label>
              <label className="inline-field">
                Hours
                <input
                  className="input input--tiny"
                  inputMode="decimal"
                  value={row.hours}
                  disabled={!row.attended}
                  aria-label={`Hours for ${who}`}
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
        <Button onClick={() => setRows(Object.fromEntries(shifts.map((s) => [s.id, { ...rows[s.id]!, attended: true }])))}>Mark all attended</Button>
        <Button variant="primary" onClick={() => void save()}>
          Save attendance
        </Button>
      </div>
    </div>
  );
}
