/** Book someone into a chosen slot: find them (or register them), say why, book. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, Session } from '../../../../shared/schemas';
import { bookAppointment, readableName } from '../../../data';
import { useFormat } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { ClientFinder } from '../../clients/ClientFinder';
import { QuickRegister } from '../../clients/QuickRegister';
import { UserText } from '../../../ui/UserText';
import { BookingDetailsFields } from '../booking/BookingDetailsFields';
import { isolateIn } from '../words/isolate-name';

export function BookIntoSlotDialog({ session, slotTime, onClose }: { session: Session; slotTime: string; onClose: () => void }) {
  const { t } = useTranslation('clinics');
  const format = useFormat();
  const status = useStatus();
  const [client, setClient] = useState<Client | null>(null);
  const [registering, setRegistering] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [interpreter, setInterpreter] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);

  const choose = (chosen: Client) => {
    setClient(chosen);
    setInterpreter(chosen.interpreterNeeded ? chosen.interpreterLanguage : undefined);
  };
  const book = async () => {
    if (!client) return;
    try {
      await bookAppointment(
        { sessionId: session.id, clientId: client.id, slotTime, purpose: purpose.trim() || undefined, interpreterLanguage: interpreter },
      );
      status.say(t('bookSlot.booked', { name: isolateIn(format.language, readableName(client)), time: format.time(slotTime) }));
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };

  return (
    <Dialog title={t('bookSlot.title', { time: format.time(slotTime) })} onClose={onClose} wide>
      {client ? (
        <>
          <p>
            {t('bookSlot.booking')}{' '}
            <strong>
              <UserText>{client.name}</UserText>
            </strong>{' '}
            <span className="ref">
              <UserText>{client.ref}</UserText>
            </span>{' '}
            <Button variant="quiet" onClick={() => setClient(null)}>
              {t('bookSlot.someoneElse')}
            </Button>
          </p>
          <BookingDetailsFields purpose={purpose} onPurpose={setPurpose} interpreter={interpreter} onInterpreter={setInterpreter} problem={problem} />
          <div className="dialog__actions">
            <Button onClick={onClose}>{t('bookSlot.cancel')}</Button>
            <Button variant="primary" onClick={() => void book()}>
              {t('bookSlot.book')}
            </Button>
          </div>
        </>
      ) : registering ? (
        <QuickRegister submitLabel={t('bookSlot.register')} onRegistered={choose} />
      ) : (
        <>
          <ClientFinder onChoose={choose} />
          <p>
            <Button variant="quiet" onClick={() => setRegistering(true)}>
              {t('bookSlot.registerNew')}
            </Button>
          </p>
        </>
      )}
    </Dialog>
  );
}
