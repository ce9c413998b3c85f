/**
 * The printable day sheet of a session: a preview with a privacy option (initials
 * instead of names), printed to PDF through the shell or with the browser's print.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { languageName } from '../../../../shared/codes/languages';
import { daySheetRows } from '../../../../shared/frontdesk/day-sheet';
import type { Appointment, Clinic, Session } from '../../../../shared/schemas';
import type { ClientDirectory } from '../../../data';
import { useSettings } from '../../../data';
import { formatLongDate } from '../../../format/dates';
import { APPOINTMENT_STATUS } from '../../../format/labels';
import { getPlatform } from '../../../platform/get-platform';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { useStatus } from '../../../ui/StatusProvider';

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
  const status = useStatus();
  const [initialsOnly, setInitialsOnly] = useState(true);
  // While the dialog is open the printed page is the sheet alone (see print.css).
  useEffect(() => {
    document.body.classList.add('printing-day-sheet');
    return () => document.body.classList.remove('printing-day-sheet');
  }, []);
  const print = async () => {
    const result = await getPlatform().printToPdf({ suggestedName: `day-sheet-${props.session.date}.pdf`, landscape: false });
    if (result.saved) status.say(`Saved ${result.fileName}`);
    else if (result.reason === 'cancelled') status.say(result.message ?? 'Printing opened');
    else status.error(result.message ?? 'The day sheet could not be printed.');
  };
  return (
    <>
      <Dialog title="Print the day sheet" onClose={props.onClose} wide>
        <label className="checkbox">
          <input type="checkbox" checked={initialsOnly} onChange={(e) => setInitialsOnly(e.target.checked)} />
          Show initials instead of names (for a sheet that may be left on a desk)
        </label>
        <div className="day-sheet-preview">
          <SheetContent {...props} initialsOnly={initialsOnly} />
        </div>
        <div className="dialog__actions">
          <Button onClick={props.onClose}>Close</Button>
          <Button variant="primary" onClick={() => void print()}>
            Print or save as PDF
          </Button>
        </div>
      </Dialog>
      {createPortal(
        <div className="print-only">
          <SheetContent {...props} initialsOnly={initialsOnly} />
        </div>,
        document.body,
      )}
    </>
  );
}
