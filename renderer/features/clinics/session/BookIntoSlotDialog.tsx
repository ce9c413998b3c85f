/** Book someone into a chosen slot: find them (or register them), say why, book. */
import { useState } from 'react';
import type { Client, Session } from '../../../../shared/schemas';
import { bookAppointment, readableName } from '../../../data';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { ClientFinder } from '../../clients/ClientFinder';
import { QuickRegister } from '../../clients/QuickRegister';
import { BookingDetailsFields } from '../booking/BookingDetailsFields';

export function BookIntoSlotDialog({ session, slotTime, onClose }: { session: Session; slotTime: string; onClose: () => void }) {
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
      status.say(`Booked ${readableName(client)} at ${slotTime}`);
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };

  return (
    <Dialog title={`Book the ${slotTime} slot`} onClose={onClose} wide>
      {client ? (
        <>
          <p>
            Booking <strong><bdi>{client.name}</bdi></strong> <span className="ref">{client.ref}</span>{' '}
            <Button variant="quiet" onClick={() => setClient(null)}>
              Someone else
            </Button>
          </p>
          <BookingDetailsFields purpose={purpose} onPurpose={setPurpose} interpreter={interpreter} onInterpreter={setInterpreter} problem={problem} />
          <div className="dialog__actions">
            <Button onClick={onClose}>Cancel</Button>
            <Button variant="primary" onClick={() => void book()}>
              Book appointment
            </Button>
          </div>
        </>
      ) : registering ? (
        <QuickRegister submitLabel="Register" onRegistered={choose} />
      ) : (
        <>
          <ClientFinder onChoose={choose} />
          <p>
            <Button variant="quiet" onClick={() => setRegistering(true)}>
              Register someone new
            </Button>
          </p>
        </>
      )}
    </Dialog>
  );
}
