/**
 * The printable day sheet of a session, with a privacy option (initials instead of names).
 */
import { useState } from 'react';
import { languageName } from '../../../../shared/codes/languages';
import { daySheetRows } from '../../../../shared/frontdesk/day-sheet';
import type { Appointment, Clinic, Session } from '../../../../shared/schemas';
import type { ClientDirectory } from '../../../data';
import { useSettings } from '../../../data';
import { formatLongDate } from '../../../format/dates';
import { APPOINTMENT_STATUS } from '../../../format/labels';
import { PrintPreviewDialog } from '../../../ui/PrintPreviewDialog';

interface DaySheetProps {
  session: Session;
  clinic: Clinic;
  appointments: Appointment[];
  directory: ClientDirectory;
  onClose: () => void;
}

function SheetContent({ session, clinic, appointments, directory, initialsOnly }: Omit<DaySheetProps, 'onClose'> & { initialsOnly: boolean }) {
  const settings = useSettings();
  const rows = daySheetRows(appointments, directory.byId, { initialsOnly, languageName });
  return (
    <article className="day-sheet" aria-label="Day sheet">
      <header className="day-sheet__header">
        <h2>
          {clinic.name}: {formatLongDate(session.date)}
        </h2>
        <p>
          {session.startTime}–{session.endTime}
          {clinic.venue ? ` · ${clinic.venue}` : ''} · {settings?.forumName}
        </p>
      </header>
      {rows.length === 0 ? (
        <p>Nobody booked.</p>
      ) : (
        <table className="table day-sheet__table">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Person</th>
              <th scope="col">Ref</th>
              <th scope="col">Interpreter</th>
              <th scope="col">Purpose</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={`${row.ref}-${index}`}>
                <td>{row.time}</td>
                <td>
                  <bdi>{row.who}</bdi>
                </td>
                <td>{row.ref}</td>
                <td>{row.interpreter ?? ''}</td>
                <td>{row.purpose ?? ''}</td>
                <td>{APPOINTMENT_STATUS[row.status].label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <footer className="day-sheet__footer">Confidential: shred after the session.</footer>
    </article>
  );
}

export function DaySheet(props: DaySheetProps) {
  const [initialsOnly, setInitialsOnly] = useState(true);
  return (
    <PrintPreviewDialog
      title="Print the day sheet"
      suggestedName={`day-sheet-${props.session.date}.pdf`}
      onClose={props.onClose}
      options={
        <label className="checkbox">
          <input type="checkbox" checked={initialsOnly} onChange={(e) => setInitialsOnly(e.target.checked)} />
          Show initials instead of names (for a sheet that may be left on a desk)
        </label>
      }
      sheet={<SheetContent {...props} initialsOnly={initialsOnly} />}
    />
  );
}
