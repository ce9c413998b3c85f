/** Rebook an appointment: the same clinic's free times; one click books and closes the old one. */
import { useState } from 'react';
import type { Appointment, Clinic } from '../../../../shared/schemas';
import { rebookAppointment } from '../../../data';
import { formatLongDate } from '../../../format/dates';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { SlotFinder } from './SlotFinder';

export function RebookDialog({ appointment, clinic, who, onClose }: { appointment: Appointment; clinic: Clinic; who: string; onClose: () => void }) {
  const status = useStatus();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = async (sessionId: string, slotTime: string) => {
    setBusy(true);
    try {
      const fresh = await rebookAppointment(appointment.id, { sessionId, slotTime });
      status.say(`Rebooked for ${formatLongDate(fresh.date)} at ${slotTime}`);
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={`Rebook ${who}`} onClose={onClose} wide>
      <p className="muted">
        {clinic.name}: choose a new time. {appointment.purpose ? `Purpose: ${appointment.purpose}.` : ''}
      </p>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <SlotFinder clinic={clinic} onChoose={(s, t) => void choose(s, t)} busy={busy} />
    </Dialog>
  );
}
