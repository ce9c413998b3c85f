/**
 * Bookings that were on a day the forum has since closed, still to rebook. Each opens its
 * session's "People to rebook" list, where one click rebooks the person.
 */
import { Link } from 'react-router';
import { useClientDirectory, useClinics, useClosureRebookings } from '../../data';
import { formatLongDate, localToday } from '../../format/dates';

export function ClosureRebookList() {
  const today = localToday();
  const toRebook = useClosureRebookings(today);
  const directory = useClientDirectory();
  const clinics = useClinics();
  if (!toRebook || toRebook.length === 0) return null;
  const clinicName = (id: string) => clinics?.find((c) => c.id === id)?.name ?? 'A clinic';
  return (
    <>
      <h3>Bookings on closure days, to rebook</h3>
      <ul className="compact-list" aria-label="Bookings on closure days">
        {toRebook.map((a) => (
          <li key={a.id}>
            <bdi>{directory?.nameOf(a.clientId) ?? '…'}</bdi> · {clinicName(a.clinicId)}, {formatLongDate(a.date)}
            {a.slotTime ? ` at ${a.slotTime}` : ''}{' '}
            <Link to={`/clinics/sessions/${a.sessionId}`} aria-label={`Rebook ${directory?.nameOf(a.clientId) ?? 'this person'}`}>
              Rebook
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
