/**
 * Who can take an open place: volunteers who fit first (fewest shifts this month first),
 * then those with a problem a coordinator may override with a reason, then those who
 * cannot (a hard stop, with the reason shown).
 */
import { useMemo, useState } from 'react';
import { languageName } from '../../../../shared/codes/languages';
import type { OpenPosition } from '../../../../shared/rota/needs';
import { checkAssignment, isHard, type Problem } from '../../../../shared/rota/rules';
import type { Volunteer } from '../../../../shared/schemas';
import { assignShift, type RotaMonth } from '../../../data';
import { formatLongDate, localToday } from '../../../format/dates';
import { roleLabel } from '../../../format/labels';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { plural } from '../../../../shared/plural';

interface Candidate {
  volunteer: Volunteer;
  problems: Problem[];
  shiftsThisMonth: number;
}

export function AssignDialog({ position, rota, onClose }: { position: OpenPosition; rota: RotaMonth; onClose: () => void }) {
  const status = useStatus();
  const [overriding, setOverriding] = useState<Candidate | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const today = localToday();
  const candidates = useMemo(() => {
    const clinicNames = new Map(rota.clinics.map((c) => [c.id, c.name]));
    return rota.volunteers
      .filter((v) => v.active)
      .map((volunteer): Candidate => {
        const theirs = rota.shifts.filter((s) => s.volunteerId === volunteer.id);
        return { volunteer, problems: checkAssignment(volunteer, position, { shiftsOfVolunteer: theirs, today, clinicNames }), shiftsThisMonth: theirs.length };
      })
      .sort((a, b) => rank(a) - rank(b) || a.shiftsThisMonth - b.shiftsThisMonth || a.volunteer.name.localeCompare(b.volunteer.name));
  }, [rota, position, today]);
  const fitting = candidates.filter((c) => c.problems.length === 0);
  const soft = candidates.filter((c) => c.problems.length > 0 && !isHard(c.problems));
  const hard = candidates.filter((c) => isHard(c.problems));
  const clinic = rota.clinics.find((c) => c.id === position.clinicId);

  const assign = async (candidate: Candidate, why?: string) => {
    setProblem(null);
    try {
      await assignShift(position, candidate.volunteer.id, today, why);
      status.say(`${candidate.volunteer.name} assigned`);
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };

  const row = (candidate: Candidate, action: React.ReactNode) => (
    <li key={candidate.volunteer.id} className="candidate">
      <div>
        <strong>{candidate.volunteer.name}</strong> <span className="muted">· {plural(candidate.shiftsThisMonth, 'shift')} this month</span>
        {candidate.problems.length > 0 ? (
          <ul className="candidate__problems">
            {candidate.problems.map((p) => (
              <li key={p.code + p.message}>
                <Badge tone={p.severity === 'hard' ? 'danger' : 'warn'}>{p.severity === 'hard' ? 'Cannot' : 'Check'}</Badge> {p.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {action}
    </li>
  );

  const title = `${roleLabel(position.role)}${position.language ? ` (${languageName(position.language)})` : ''}: ${formatLongDate(position.date)}`;
  return (
    <Dialog title={title} onClose={onClose} wide>
      <p className="muted">
        {clinic?.name ?? 'Clinic'}, {position.startTime}–{position.endTime}
      </p>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      {overriding ? (
        <div className="override">
          <p>
            Assign <strong>{overriding.volunteer.name}</strong> despite: {overriding.problems.map((p) => p.message).join('; ')}.
          </p>
          <label>
            <span className="field__label">Reason</span>
            <input className="input" value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <div className="dialog__actions">
            <Button onClick={() => setOverriding(null)}>Back</Button>
            <Button variant="primary" onClick={() => void assign(overriding, reason)}>
              Assign with this reason
            </Button>
          </div>
        </div>
      ) : (
        <div className="candidates">
          <h3>Free and able ({fitting.length})</h3>
          {fitting.length === 0 ? <p className="muted">Nobody fits without a problem.</p> : null}
          <ul className="candidate-list" aria-label="Volunteers who fit">
            {fitting.map((c) =>
              row(
                c,
                <Button variant="primary" onClick={() => void assign(c)} aria-label={`Assign ${c.volunteer.name}`}>
                  Assign
                </Button>,
              ),
            )}
          </ul>
          <h3>Possible with a reason ({soft.length})</h3>
          <ul className="candidate-list" aria-label="Volunteers with a problem">
            {soft.map((c) =>
              row(
                c,
                <Button onClick={() => setOverriding(c)} aria-label={`Assign ${c.volunteer.name} anyway`}>
                  Assign anyway…
                </Button>,
              ),
            )}
          </ul>
          <h3>
            Cannot take it ({hard.length}){' '}
            <Button variant="quiet" onClick={() => setShowAll(!showAll)}>
              {showAll ? 'Hide' : 'Show why'}
            </Button>
          </h3>
          {showAll ? (
            <ul className="candidate-list" aria-label="Volunteers who cannot">
              {hard.map((c) => row(c, null))}
            </ul>
          ) : null}
        </div>
      )}
    </Dialog>
  );
}

function rank(candidate: Candidate): number {
  if (candidate.problems.length === 0) return 0;
  return isHard(candidate.problems) ? 2 : 1;
}
