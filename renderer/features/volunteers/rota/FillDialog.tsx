/**
 * "Fill open shifts": the solver proposes volunteers for the month's open places that
 * have not ended yet by the clock, keeping every rule, availability and maximum,
 * spreading shifts fairly and matching interpreters' languages. The coordinator accepts
 * all of it or only the ticked rows. The solver runs in a worker (use-fill-proposal.ts);
 * until it answers the dialog says it is working, and Cancel stops it.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { positionsStillAhead } from '../../../../shared/rota/needs';
import type { Proposal } from '../../../../shared/rota/solver';
import { acceptProposals, type RotaMonth } from '../../../data';
import { useFormat } from '../../../i18n/format';
import { localNow } from '../../../platform/clock';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { UserText } from '../../../ui/UserText';
import { useRotaWords } from '../words/use-rota-words';
import { useFillProposal } from './use-fill-proposal';

const keyOf = (p: Proposal, index: number) => `${index}:${p.position.sessionId}:${p.position.role}:${p.volunteerId}`;

export function FillDialog({ rota, names, onClose }: { rota: RotaMonth; names: ReadonlyMap<string, string>; onClose: () => void }) {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const words = useRotaWords();
  const status = useStatus();
  // The positions are fixed when the dialog opens, so the proposal does not shift under the coordinator.
  const [ahead] = useState(() => positionsStillAhead(rota.positions, localNow()));
  // Worked out in a worker: a large forum's month never freezes the window.
  const proposal = useFillProposal({ volunteers: rota.volunteers, positions: ahead, assigned: rota.shifts.filter((s) => s.volunteerId !== undefined) });
  const proposals = useMemo(
    () =>
      proposal.state === 'done'
        ? [...proposal.result.proposals].sort((a, b) => a.position.date.localeCompare(b.position.date) || a.position.startTime.localeCompare(b.position.startTime))
        : [],
    [proposal],
  );
  // Every proposal starts ticked, once there are proposals.
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [ticked, setTicked] = useState(false);
  if (proposal.state === 'done' && !ticked) {
    setTicked(true);
    setChosen(new Set(proposals.map(keyOf)));
  }
  const [problem, setProblem] = useState<string | null>(null);
  const clinicNames = new Map(rota.clinics.map((c) => [c.id, c.name]));
  const unfilled = ahead.length - proposals.length;

  const accept = async () => {
    try {
      const picked = proposals.filter((p, i) => chosen.has(keyOf(p, i)));
      const { accepted, leftOut } = await acceptProposals(picked);
      status.say(leftOut > 0 ? t('fill.filledLeftOut', { count: accepted, leftOut }) : t('fill.filled', { count: accepted }));
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
    <Dialog title={t('fill.title')} onClose={onClose} wide>
      {proposal.state === 'working' ? (
        <p className="fill-working" role="status" aria-busy="true">
          {t('fill.working', { count: ahead.length })}
        </p>
      ) : proposal.state === 'failed' ? (
        <p className="field__error" role="alert">
          {t('fill.failed')}
        </p>
      ) : (
        <p>
          {proposals.length === 0 ? t('fill.nobody') : t('fill.proposed', { count: proposals.length, total: ahead.length })}{' '}
          {unfilled > 0 && proposals.length > 0 ? t('fill.unfilled', { count: unfilled }) : ''}
        </p>
      )}
      {proposals.length > 0 ? (
        <>
          <div className="fill-actions">
            <Button variant="quiet" onClick={() => setChosen(new Set(proposals.map(keyOf)))}>
              {t('fill.tickAll')}
            </Button>
            <Button variant="quiet" onClick={() => setChosen(new Set())}>
              {t('fill.untickAll')}
            </Button>
          </div>
          <ul className="proposal-list" aria-label={t('fill.list')}>
            {proposals.map((p, i) => {
              const key = keyOf(p, i);
              const who = names.get(p.volunteerId) ?? t('rota.aVolunteer');
              return (
                <li key={key}>
                  <label className="checkbox">
                    <input type="checkbox" checked={chosen.has(key)} onChange={(e) => toggle(key, e.target.checked)} />
                    <span className="proposal__when">
                      {format.date(p.position.date, 'medium')} {format.time(p.position.startTime)}
                    </span>
                    <span>
                      {t('fill.what', {
                        clinic: words.name(clinicNames.get(p.position.clinicId) ?? t('rota.clinic')),
                        role: words.roleWithLanguage(p.position.role, p.position.language),
                      })}
                    </span>
                    <span className="proposal__who">
                      <span aria-hidden="true" className="icon--directional">
                        →
                      </span>{' '}
                      <UserText>{who}</UserText>
                    </span>
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
        <Button onClick={onClose}>{t('fill.cancel')}</Button>
        <Button variant="primary" disabled={chosen.size === 0} onClick={() => void accept()}>
          {t('fill.accept', { count: chosen.size })}
        </Button>
      </div>
    </Dialog>
  );
}
