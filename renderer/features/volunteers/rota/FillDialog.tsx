/**
 * "Fill open shifts": the solver proposes volunteers for the month's open places that
 * have not ended yet by the clock, keeping every rule, availability and maximum,
 * spreading shifts fairly and matching interpreters' languages. The coordinator accepts
 * all of it or only the ticked rows.
 */
import { useMemo, useState } from 'react';
import { languageName } from '../../../../shared/codes/languages';
import { positionsStillAhead } from '../../../../shared/rota/needs';
import { fillRotaDetailed, type Proposal } from '../../../../shared/rota/solver';
import { acceptProposals, type RotaMonth } from '../../../data';
import { formatShortDate } from '../../../format/dates';
import { localNow } from '../../../platform/clock';
import { roleLabel } from '../../../format/labels';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { plural, pluralWord } from '../../../../shared/plural';

const keyOf = (p: Proposal, index: number) => `${index}:${p.position.sessionId}:${p.position.role}:${p.volunteerId}`;

export function FillDialog({ rota, names, onClose }: { rota: RotaMonth; names: ReadonlyMap<string, string>; onClose: () => void }) {
  const status = useStatus();
  // The positions are fixed when the dialog opens, so the proposal does not shift under the coordinator.
  const [ahead] = useState(() => positionsStillAhead(rota.positions, localNow()));
  const result = useMemo(
    () => fillRotaDetailed({ volunteers: rota.volunteers, positions: ahead, assigned: rota.shifts.filter((s) => s.volunteerId !== undefined) }),
    [rota, ahead],
  );
  const proposals = useMemo(() => [...result.proposals].sort((a, b) => a.position.date.localeCompare(b.position.date) || a.position.startTime.localeCompare(b.position.startTime)), [result]);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(proposals.map(keyOf)));
  const [problem, setProblem] = useState<string | null>(null);
  const clinicNames = new Map(rota.clinics.map((c) => [c.id, c.name]));
  const unfilled = ahead.length - proposals.length;

  const accept = async () => {
    try {
      const picked = proposals.filter((p, i) => chosen.has(keyOf(p, i)));
      const { accepted, leftOut } = await acceptProposals(picked);
      status.say(leftOut > 0 ? `${plural(accepted, 'shift')} filled; ${leftOut} had changed and ${pluralWord(leftOut, 'was', 'were')} left open` : `${plural(accepted, 'shift')} filled`);
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };
  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  };

  return (
    <Dialog title="Fill open shifts" onClose={onClose} wide>
      <p>
        {proposals.length === 0 ? 'Nobody can take the open places without breaking a rule.' : `Proposed: ${proposals.length} of ${ahead.length} open ${pluralWord(ahead.length, 'place')} still ahead.`}{' '}
        {unfilled > 0 && proposals.length > 0 ? `${unfilled} cannot be filled by anyone free and able; they stay open.` : ''}
      </p>
      {proposals.length > 0 ? (
        <>
          <div className="fill-actions">
            <Button variant="quiet" onClick={() => setChosen(new Set(proposals.map(keyOf)))}>
              Tick all
            </Button>
            <Button variant="quiet" onClick={() => setChosen(new Set())}>
              Untick all
            </Button>
          </div>
          <ul className="proposal-list" aria-label="Proposed assignments">
            {proposals.map((p, i) => {
              const key = keyOf(p, i);
              const who = names.get(p.volunteerId) ?? 'A volunteer';
              const what = `${roleLabel(p.position.role)}${p.position.language ? ` (${languageName(p.position.language)})` : ''}`;
              return (
                <li key={key}>
                  <label className="checkbox">
                    <input type="checkbox" checked={chosen.has(key)} onChange={(e) => toggle(key, e.target.checked)} />
                    <span className="proposal__when">
                      {formatShortDate(p.position.date)} {p.position.startTime}
                    </span>
                    <span>
                      {clinicNames.get(p.position.clinicId) ?? 'Clinic'} · {what}
                    </span>
                    <span className="proposal__who">→ {who}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="dialog__actions">
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="primary" disabled={chosen.size === 0} onClick={() => void accept()}>
          {`Accept ${chosen.size} selected`}
        </Button>
      </div>
    </Dialog>
  );
}
