/** Book a client into a clinic: choose the clinic, say why, then click a free time. */
import { useState } from 'react';
import type { Client } from '../../../../shared/schemas';
import { bookAppointment, readableName, useClinics } from '../../../data';
import { formatLongDate } from '../../../format/dates';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { BookingDetailsFields } from './BookingDetailsFields';
import { SlotFinder } from './SlotFinder';

export function BookingDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const status = useStatus();
  const clinics = useClinics()?.filter((c) => c.active && c.kind !== 'drop-in');
  const [clinicId, setClinicId] = useState<string>('');
  const [purpose, setPurpose] = useState('');
  const [interpreter, setInterpreter] = useState<string | undefined>(client.interpreterNeeded ? client.interpreterLanguage : undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const clinic = clinics?.find((c) => c.id === clinicId) ?? (clinics?.length === 1 ? clinics[0] : undefined);

  const book = async (sessionId: string, slotTime: string) => {
    setBusy(true);
    setProblem(null);
    try {
      const appointment = await bookAppointment(
        { sessionId, clientId: client.id, slotTime, purpose: purpose.trim() || undefined, interpreterLanguage: interpreter },
      );
      status.say(`Booked for ${formatLongDate(appointment.date)} at ${slotTime}`);
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Book an appointment for ${readableName(client)}`} onClose={onClose} wide>
      <div className="form-grid">
        <label>
          <span className="field__label">Clinic</span>
          <select className="select" value={clinic?.id ?? ''} onChange={(e) => setClinicId(e.target.value)}>
            <option value="">Choose a clinic</option>
            {clinics?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <BookingDetailsFields purpose={purpose} onPurpose={setPurpose} interpreter={interpreter} onInterpreter={setInterpreter} problem={problem} />
      {clinic ? <SlotFinder clinic={clinic} onChoose={(s, t) => void book(s, t)} busy={busy} /> : <p className="muted">Choose a clinic to see its free times.</p>}
    </Dialog>
  );
}
