/** A session's slots, who is booked into each, and a "Book" button on free ones. */
import { useState } from 'react';
import { Link } from 'react-router';
import { languageName } from '../../../../shared/codes/languages';
import { freeSlots } from '../../../../shared/frontdesk/slots';
import { hasStarted } from '../../../../shared/schedule/local-now';
import type { Appointment, Client, Clinic, Session } from '../../../../shared/schemas';
import { readableName, type ClientDirectory } from '../../../data';
import { APPOINTMENT_STATUS } from '../../../format/labels';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Panel';
import { useLocalNow } from '../../../ui/hooks/use-now';
import { AppointmentActions } from './AppointmentActions';
import { BookIntoSlotDialog } from './BookIntoSlotDialog';

export function SlotsTable({
  session,
  clinic,
  appointments,
  directory,
  onRebook,
  bookable,
}: {
  session: Session;
  clinic: Clinic;
  appointments: Appointment[];
  directory: ClientDirectory;
  onRebook: (a: Appointment) => void;
  bookable: boolean;
}) {
  const [slotToBook, setSlotToBook] = useState<string | null>(null);
  const now = useLocalNow();
  const slots = freeSlots(session, clinic, appointments);
  const booked = appointments.filter((a) => a.kind === 'booked');
  if (slots.length === 0) return null;
  const label = (client: Client | undefined) => (client ? readableName(client) : 'Unknown person');
  return (
    <Panel title="Appointments" flush>
      <table className="table slots-table">
        <caption className="visually-hidden">Appointments by slot</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Booked</th>
            <th scope="col">Places</th>
          </tr>
        </thead>
        <tbody>
          {slots.map((slot) => {
            const inSlot = booked.filter((a) => a.slotTime === slot.time);
            return (
              <tr key={slot.time}>
                <th scope="row" className="slots-table__time">
                  {slot.time}
                </th>
                <td>
                  <ul className="slot-people">
                    {inSlot.map((a) => {
                      const client = directory.byId.get(a.clientId);
                      const status = APPOINTMENT_STATUS[a.status];
                      return (
                        <li key={a.id} className="slot-people__item">
                          <span className="slot-people__who">
                            <Link to={`/clients/${a.clientId}`}>
                              <bdi>{client?.name ?? 'Unknown person'}</bdi>
                            </Link>
                            {client?.nameLatin ? <span className="muted name-latin">{client.nameLatin}</span> : null}
                            <Badge tone={status.tone}>{status.label}</Badge>
                            {a.rebookedAs ? <span className="muted">rebooked</span> : null}
                            {a.interpreterLanguage ? <Badge tone="warn">Interpreter: {languageName(a.interpreterLanguage)}</Badge> : null}
                            {a.purpose ? <span className="muted">{a.purpose}</span> : null}
                          </span>
                          <AppointmentActions appointment={a} who={label(client)} onRebook={() => onRebook(a)} />
                        </li>
                      );
                    })}
                  </ul>
                </td>
                <td className="slots-table__places">
                  {slot.taken}/{slot.capacity}{' '}
                  {!slot.free ? (
                    <Badge>Full</Badge>
                  ) : bookable && hasStarted(session.date, slot.time, now) ? (
                    <span className="muted">Time gone</span>
                  ) : bookable ? (
                    <Button onClick={() => setSlotToBook(slot.time)} aria-label={`Book ${slot.time}`}>
                      Book
                    </Button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {slotToBook ? <BookIntoSlotDialog session={session} slotTime={slotToBook} onClose={() => setSlotToBook(null)} /> : null}
    </Panel>
  );
}
