/**
 * "Fill open shifts": the solver proposes volunteers for the month's open places that
 * have not ended yet by the clock, keeping every rule, availability and maximum,
 * spreading shifts fairly and matching interpreters' languages. The coordinator accepts
 * all of it or only the ticked rows (FillProposalsForm). The solver runs in a worker
 * (use-fill-proposal.ts); until it answers the dialog says it is working, and Cancel stops it.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { positionsStillAhead } from '../../../../shared/rota/needs';
import type { RotaMonth } from '../../../data';
import { localNow } from '../../../platform/clock';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FillProposalsForm } from './FillProposalsForm';
import { useFillProposal } from './use-fill-proposal';

export function FillDialog({ rota, names, onClose }: { rota: RotaMonth; names: ReadonlyMap<string, string>; onClose: () => void }) {
  const { t } = useTranslation('volunteers');
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
  const clinicNames = useMemo(() => new Map(rota.clinics.map((c) => [c.id, c.name])), [rota.clinics]);
  const unfilled = ahead.length - proposals.length;

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
        // Every proposal starts ticked: the form is made once they have arrived.
        <FillProposalsForm proposals={proposals} names={names} clinicNames={clinicNames} onClose={onClose} />
      ) : (
        // Nothing to accept yet (or at all): the same two buttons, Accept not yet pressable.
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('fill.cancel')}</Button>
          <Button variant="primary" disabled>
            {t('fill.accept', { count: 0 })}
          </Button>
        </div>
      )}
    </Dialog>
  );
}
