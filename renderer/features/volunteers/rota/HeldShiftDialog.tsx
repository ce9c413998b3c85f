/** A place someone holds: what no longer fits, the reason it was overridden, or free it again. */
import { languageName } from '../../../../shared/codes/languages';
import type { Problem } from '../../../../shared/rota/rules';
import type { Shift } from '../../../../shared/schemas';
import { unassignShift } from '../../../data';
import { formatLongDate } from '../../../format/dates';
import { roleLabel } from '../../../format/labels';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';

export function HeldShiftDialog({ shift, name, problems, onClose }: { shift: Shift; name: string; problems: readonly Problem[]; onClose: () => void }) {
  const status = useStatus();
  const free = async () => {
    try {
      await unassignShift(shift.id);
      status.say(`${name} taken off the shift`);
      onClose();
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };
  return (
    <Dialog title={`${name}: ${roleLabel(shift.role)}`} onClose={onClose}>
      <p>
        {formatLongDate(shift.date)}, {shift.startTime}–{shift.endTime}
        {shift.language ? `, interpreting ${languageName(shift.language)}` : ''}.
      </p>
      {problems.length > 0 ? (
        <div className="consent-note consent-note--warn" role="note" aria-label="Needs re-checking">
          <p>{name} no longer fits this shift:</p>
          <ul>
            {problems.map((p) => (
              <li key={p.code}>{p.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {shift.overrideReason ? (
        <p className="consent-note consent-note--warn">Assigned despite a rota problem: {shift.overrideReason}</p>
      ) : null}
      <div className="dialog__actions">
        <Button onClick={onClose}>Close</Button>
        <Button variant="danger" onClick={() => void free()}>
          Take off this shift
        </Button>
      </div>
    </Dialog>
  );
}
