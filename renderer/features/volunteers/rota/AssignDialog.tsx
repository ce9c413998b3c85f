/**
 * Who can take an open place: volunteers who fit first (fewest shifts this month first),
 * then those with a problem a coordinator may override with a reason, then those who
 * cannot (a hard stop, with the reason shown).
 */
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenPosition } from '../../../../shared/rota/needs';
import { checkAssignment, isHard, type Problem } from '../../../../shared/rota/rules';
import type { Volunteer } from '../../../../shared/schemas';
import { AssignmentRefusedError, assignShift, type RotaMonth } from '../../../data';
import { localToday } from '../../../format/dates';
import { useFormat } from '../../../i18n/format';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { UserText } from '../../../ui/UserText';
import { useRotaWords } from '../words/use-rota-words';
import { OverrideReasonForm } from './OverrideReasonForm';

interface Candidate {
  volunteer: Volunteer;
  problems: Problem[];
  shiftsThisMonth: number;
}

export function AssignDialog({ position, rota, onClose }: { position: OpenPosition; rota: RotaMonth; onClose: () => void }) {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const words = useRotaWords();
  const status = useStatus();
  const [overriding, setOverriding] = useState<Candidate | null>(null);
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
      status.say(t('assign.assigned', { name: words.name(candidate.volunteer.name) }));
      onClose();
    } catch (error) {
      if (error instanceof AssignmentRefusedError) {
        const args = { name: words.name(error.volunteerName), problems: words.problems(error.problems) };
        setProblem(error.needsReason ? t('assign.needsReason', args) : t('assign.refusedHard', args));
      } else setProblem(refusalMessage(error));
    }
  };

  const row = (candidate: Candidate, action: ReactNode) => (
    <li key={candidate.volunteer.id} className="candidate">
      <div>
        <strong>
          <UserText>{candidate.volunteer.name}</UserText>
        </strong>{' '}
        <span className="muted">
          {' · '}
          {t('assign.thisMonth', { count: candidate.shiftsThisMonth })}
        </span>
        {candidate.problems.length > 0 ? (
          <ul className="candidate__problems">
            {candidate.problems.map((p, index) => (
              <li key={`${p.code}-${index}`}>
                <Badge tone={p.severity === 'hard' ? 'danger' : 'warn'}>{p.severity === 'hard' ? t('assign.cannot') : t('assign.check')}</Badge> {words.problem(p)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {action}
    </li>
  );

  const title = t('assign.title', { role: words.roleWithLanguage(position.role, position.language), date: format.date(position.date, 'long') });
  return (
    <Dialog title={title} onClose={onClose} wide>
      <p className="muted">
        {t('assign.where', { clinic: words.name(clinic?.name ?? t('rota.clinic')), time: words.timeRange(position.startTime, position.endTime) })}
      </p>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      {overriding ? (
        <OverrideReasonForm
          despite={t('assign.despite', { name: words.name(overriding.volunteer.name), problems: words.problems(overriding.problems) })}
          needsReason={t('assign.needsReason', { name: words.name(overriding.volunteer.name), problems: words.problems(overriding.problems) })}
          onAssign={(reason) => assign(overriding, reason)}
          onBack={() => setOverriding(null)}
        />
      ) : (
        <div className="candidates">
          <h3>{t('assign.fitTitle', { count: fitting.length })}</h3>
          {fitting.length === 0 ? <p className="muted">{t('assign.nobodyFits')}</p> : null}
          <ul className="candidate-list" aria-label={t('assign.fitList')}>
            {fitting.map((c) =>
              row(
                c,
                <Button variant="primary" onClick={() => void assign(c)} aria-label={t('assign.assignName', { name: words.name(c.volunteer.name) })}>
                  {t('assign.assign')}
                </Button>,
              ),
            )}
          </ul>
          <h3>{t('assign.softTitle', { count: soft.length })}</h3>
          <ul className="candidate-list" aria-label={t('assign.softList')}>
            {soft.map((c) =>
              row(
                c,
                <Button onClick={() => setOverriding(c)} aria-label={t('assign.anywayName', { name: words.name(c.volunteer.name) })}>
                  {t('assign.anyway')}
                </Button>,
              ),
            )}
          </ul>
          <h3>
            {t('assign.hardTitle', { count: hard.length })}{' '}
            <Button variant="quiet" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
              {showAll ? t('assign.hide') : t('assign.showWhy')}
            </Button>
          </h3>
          {showAll ? (
            // Focusable: the list scrolls and holds no buttons, so the keyboard needs a way in.
            <ul className="candidate-list" aria-label={t('assign.hardList')} tabIndex={0}>
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
