/** A place someone holds: see the reason it was overridden, or free it again. */
import { languageName } from '../../../../shared/codes/languages';
import type { Shift } from '../../../../shared/schemas';
import { unassignShift } from '../../../data';
import { formatLongDate } from '../../../format/dates';
import { roleLabel } from '../../../format/labels';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';

export function HeldShiftDialog({ shift, name, onClose }: { shift: Shift; name: string; onClose: () => void }) {
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
