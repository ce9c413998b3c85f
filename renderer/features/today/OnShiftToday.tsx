/**
 * Volunteers on today's rota, and roles still uncovered. A shift whose volunteer no longer
 * fits (a check lapsed since the rota was made, away, retired) is flagged with why.
 */
import { heldShiftProblems } from '../../../shared/rota/held-shifts';
import type { Clinic, Shift, Volunteer } from '../../../shared/schemas';
import { roleLabel } from '../../format/labels';
import { Badge } from '../../ui/Badge';
import { Panel } from '../../ui/Panel';

export function OnShiftToday({
  shifts,
  volunteers,
  clinics,
  today,
}: {
  shifts: Shift[] | undefined;
  volunteers: Volunteer[] | undefined;
  clinics: ReadonlyMap<string, Clinic>;
  today: string;
}) {
  const byId = new Map((volunteers ?? []).map((v) => [v.id, v]));
  const names = new Map((volunteers ?? []).map((v) => [v.id, v.name]));
  const ordered = [...(shifts ?? [])].sort((a, b) => a.startTime.localeCompare(b.startTime));
  return (
    <Panel title="On shift today">
      {ordered.length === 0 ? (
        <p className="muted">No shifts on the rota for today.</p>
      ) : (
        <ul className="compact-list" aria-label="On shift">
          {ordered.map((s) => {
            const problems = volunteers ? heldShiftProblems(s, byId.get(s.volunteerId ?? ''), today) : [];
            return (
              <li key={s.id}>
                <span className="compact-list__time">{s.startTime}</span>{' '}
                {s.volunteerId ? <strong>{names.get(s.volunteerId) ?? 'A volunteer'}</strong> : <Badge tone="danger">Not covered</Badge>}{' '}
                <span className="muted">
                  {roleLabel(s.role)} · {clinics.get(s.clinicId)?.name ?? 'Clinic'}
                </span>
                {problems.length > 0 ? (
                  <div>
                    <Badge tone="danger">Re-check</Badge> {problems.map((p) => p.message).join('; ')}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
