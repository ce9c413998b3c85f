/** Book a client into a clinic: choose the clinic, say why, then click a free time. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/schemas';
import { bookAppointment, readableName, useClinics } from '../../../data';
import { useFormat } from '../../../i18n/format';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { BookingDetailsFields } from './BookingDetailsFields';
import { SlotFinder } from './SlotFinder';
import { isolateIn } from '../words/isolate-name';

export function BookingDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation('clinics');
  const format = useFormat();
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
      status.say(t('booking.booked', { date: format.date(appointment.date, 'long'), time: format.time(slotTime) }));
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('booking.title', { name: isolateIn(format.language, readableName(client)) })} onClose={onClose} wide>
      <div className="form-grid">
        <label>
          <span className="field__label">{t('booking.clinic')}</span>
          <select className="select" value={clinic?.id ?? ''} onChange={(e) => setClinicId(e.target.value)}>
            <option value="">{t('booking.chooseClinic')}</option>
            {clinics?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <BookingDetailsFields purpose={purpose} onPurpose={setPurpose} interpreter={interpreter} onInterpreter={setInterpreter} problem={problem} />
      {clinic ? <SlotFinder clinic={clinic} onChoose={(s, t) => void book(s, t)} busy={busy} /> : <p className="muted">{t('booking.chooseFirst')}</p>}
    </Dialog>
  );
}
