/**
 * The printable day sheet of a session, with a privacy option (initials instead of names).
 * It is for the volunteers, so it prints in the app's language; names keep their own
 * direction, a name and its Latin spelling each in its own <bdi>.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { daySheetRows } from '../../../../shared/frontdesk/day-sheet';
import type { Appointment, Clinic, Session } from '../../../../shared/schemas';
import type { ClientDirectory } from '../../../data';
import { useSettings } from '../../../data';
import { useFormat } from '../../../i18n/format';
import { PrintPreviewDialog } from '../../../ui/PrintPreviewDialog';
import { UserText } from '../../../ui/UserText';
import { useClinicWords } from '../words/clinic-words';
import { isolateIn } from '../words/isolate-name';

interface DaySheetProps {
  session: Session;
  clinic: Clinic;
  appointments: Appointment[];
  directory: ClientDirectory;
  onClose: () => void;
}

function SheetContent({ session, clinic, appointments, directory, initialsOnly }: Omit<DaySheetProps, 'onClose'> & { initialsOnly: boolean }) {
  const { t } = useTranslation('clinics');
  const { t: common } = useTranslation('common');
  const format = useFormat();
  const words = useClinicWords();
  const settings = useSettings();
  const rows = daySheetRows(appointments, directory.byId, { initialsOnly });
  return (
    // Focusable so a keyboard can reach the preview and scroll it when it is taller than its box.
    <article className="day-sheet" aria-label={t('daySheet.label')} tabIndex={0}>
      <header className="day-sheet__header">
        <h2>{t('daySheet.heading', { clinic: isolateIn(format.language, clinic.name), date: format.date(session.date, 'long') })}</h2>
        <p>
          {format.timeRange(session.startTime, session.endTime)}
          {clinic.venue ? (
            <>
              {' · '}
              <UserText>{clinic.venue}</UserText>
            </>
          ) : null}
          {settings?.forumName ? (
            <>
              {' · '}
              <UserText>{settings.forumName}</UserText>
            </>
          ) : null}
        </p>
      </header>
      {rows.length === 0 ? (
        <p>{t('daySheet.nobody')}</p>
      ) : (
        <table className="table day-sheet__table">
          <thead>
            <tr>
              <th scope="col">{t('daySheet.time')}</th>
              <th scope="col">{t('daySheet.person')}</th>
              <th scope="col">{t('daySheet.ref')}</th>
              <th scope="col">{t('daySheet.interpreter')}</th>
              <th scope="col">{t('daySheet.purpose')}</th>
              <th scope="col">{t('daySheet.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={`${row.ref}-${index}`}>
                <td>{row.time ? format.time(row.time) : row.walkIn ? t('daySheet.walkIn') : ''}</td>
                <td>
                  {row.restricted ? common('restricted.record') : <UserText>{row.name ?? t('daySheet.unknown')}</UserText>}
                  {row.nameLatin ? (
                    <>
                      {' '}
                      (<UserText>{row.nameLatin}</UserText>)
                    </>
                  ) : null}
                </td>
                <td>
                  <UserText>{row.ref}</UserText>
                </td>
                <td>{row.interpreterLanguage ? words.language(row.interpreterLanguage) : ''}</td>
                <td>{row.purpose ? <UserText>{row.purpose}</UserText> : ''}</td>
                <td>{words.status(row.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <footer className="day-sheet__footer">{t('daySheet.footer')}</footer>
    </article>
  );
}

export function DaySheet(props: DaySheetProps) {
  const { t } = useTranslation('clinics');
  const [initialsOnly, setInitialsOnly] = useState(true);
  return (
    <PrintPreviewDialog
      title={t('daySheet.dialogTitle')}
      suggestedName={t('daySheet.fileName', { date: props.session.date })}
      onClose={props.onClose}
      exportKind="day-sheet"
      count={props.appointments.length}
      options={
        <label className="checkbox">
          <input type="checkbox" checked={initialsOnly} onChange={(e) => setInitialsOnly(e.target.checked)} />
          {t('daySheet.initialsOnly')}
        </label>
      }
      sheet={<SheetContent {...props} initialsOnly={initialsOnly} />}
    />
  );
}
