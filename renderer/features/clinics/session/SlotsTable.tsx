/** A session's slots, who is booked into each, and a "Book" button on free ones. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { freeSlots } from '../../../../shared/frontdesk/slots';
import { hasStarted } from '../../../../shared/schedule/local-now';
import type { Appointment, Client, Clinic, Session } from '../../../../shared/schemas';
import { readableName, type ClientDirectory } from '../../../data';
import { AppointmentStatusBadge } from '../../../ui/StatusBadge';
import { useFormat } from '../../../i18n/format';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Panel';
import { UserText } from '../../../ui/UserText';
import { useLocalNow } from '../../../ui/hooks/use-now';
import { SlipDialog } from '../slip/SlipDialog';
import { useClinicWords } from '../words/clinic-words';
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
  const { t } = useTranslation('clinics');
  const format = useFormat();
  const words = useClinicWords();
  const [slotToBook, setSlotToBook] = useState<string | null>(null);
  const [slipFor, setSlipFor] = useState<{ appointment: Appointment; client: Client } | null>(null);
  const now = useLocalNow();
  const slots = freeSlots(session, clinic, appointments);
  const booked = appointments.filter((a) => a.kind === 'booked');
  if (slots.length === 0) return null;
  const label = (client: Client | undefined) => (client ? readableName(client) : t('slotsTable.unknown'));
  return (
    <Panel title={t('slotsTable.title')} flush>
      <table className="table slots-table">
        <caption className="visually-hidden">{t('slotsTable.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('slotsTable.time')}</th>
            <th scope="col">{t('slotsTable.booked')}</th>
            <th scope="col">{t('slotsTable.places')}</th>
          </tr>
        </thead>
        <tbody>
          {slots.map((slot) => {
            const inSlot = booked.filter((a) => a.slotTime === slot.time);
            return (
              <tr key={slot.time}>
                <th scope="row" className="slots-table__time">
                  {format.time(slot.time)}
                </th>
                <td>
                  <ul className="slot-people">
                    {inSlot.map((a) => {
                      const client = directory.byId.get(a.clientId);
                      // A restricted record shows only that the slot is taken (the directory names it by reference).
                      const restricted = client?.restriction !== undefined;
                      return (
                        <li key={a.id} className="slot-people__item">
                          <span className="slot-people__who">
                            <Link to={`/clients/${a.clientId}`}>
                              <UserText>{client?.name ?? t('slotsTable.unknown')}</UserText>
                            </Link>
                            {client?.nameLatin ? <UserText className="muted name-latin">{client.nameLatin}</UserText> : null}
                            <AppointmentStatusBadge status={a.status} />
                            {a.rebookedAs ? <span className="muted">{t('slotsTable.rebooked')}</span> : null}
                            {a.interpreterLanguage && !restricted ? <Badge tone="warn">{t('slotsTable.interpreter', { language: words.language(a.interpreterLanguage) })}</Badge> : null}
                            {a.purpose && !restricted ? (
                              <span className="muted">
                                <UserText>{a.purpose}</UserText>
                              </span>
                            ) : null}
                          </span>
                          <AppointmentActions appointment={a} who={label(client)} onRebook={() => onRebook(a)} />
                          {client && !restricted && a.status === 'booked' ? (
                            <Button variant="quiet" onClick={() => setSlipFor({ appointment: a, client })} aria-label={t('actions.printSlipFor', { name: label(client) })}>
                              {t('actions.printSlip')}
                            </Button>
                          ) : null}
                        </li>
                      );
                    })}
                  </ul>
                </td>
                <td className="slots-table__places">
                  {t('slotsTable.taken', { taken: format.number(slot.taken), capacity: format.number(slot.capacity) })}{' '}
                  {!slot.free ? (
                    <Badge>{t('slotsTable.full')}</Badge>
                  ) : bookable && hasStarted(session.date, slot.time, now) ? (
                    <span className="muted">{t('slotsTable.timeGone')}</span>
                  ) : bookable ? (
                    <Button onClick={() => setSlotToBook(slot.time)} aria-label={t('slotsTable.bookLabel', { time: format.time(slot.time) })}>
                      {t('slotsTable.book')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {slotToBook ? <BookIntoSlotDialog session={session} slotTime={slotToBook} onClose={() => setSlotToBook(null)} /> : null}
      {slipFor ? <SlipDialog records={{ ...slipFor, clinic, session }} onClose={() => setSlipFor(null)} /> : null}
    </Panel>
  );
}
