/** Rebook an appointment: the same clinic's free times; one click books and closes the old one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment, Clinic } from '../../../../shared/schemas';
import { rebookAppointment } from '../../../data';
import { useFormat } from '../../../i18n/format';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { SlotFinder } from './SlotFinder';
import { isolateIn } from '../words/isolate-name';

export function RebookDialog({ appointment, clinic, who, onClose }: { appointment: Appointment; clinic: Clinic; who: string; onClose: () => void }) {
  const { t } = useTranslation('clinics');
  const format = useFormat();
  const status = useStatus();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = async (sessionId: string, slotTime: string) => {
    setBusy(true);
    try {
      const fresh = await rebookAppointment(appointment.id, { sessionId, slotTime });
      status.say(t('rebook.done', { date: format.date(fresh.date, 'long'), time: format.time(slotTime) }));
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('rebook.title', { name: isolateIn(format.language, who) })} onClose={onClose} wide>
      <p className="muted">
        {t('rebook.intro', { clinic: isolateIn(format.language, clinic.name) })}{' '}
        {appointment.purpose ? t('rebook.purpose', { purpose: isolateIn(format.language, appointment.purpose) }) : ''}
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
