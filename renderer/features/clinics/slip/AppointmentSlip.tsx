/**
 * The slip a client takes home: when and where their appointment is, in the language the
 * slip is printed in (often the client's own, not the app's). Its root carries that
 * language's `lang` and `dir`, so an Arabic slip reads right to left inside an English app.
 */
import type { Appointment, Client, Clinic, Session } from '../../../../shared/schemas';
import type { PrintLanguage } from '../../../i18n/client-language';
import { UserText } from '../../../ui/UserText';
import { languageNameIn } from '../words/clinic-words';

export interface SlipRecords {
  appointment: Appointment;
  client: Client;
  clinic: Clinic;
  session: Session;
  forumName: string | undefined;
}

export function AppointmentSlip({ records, words }: { records: SlipRecords; words: PrintLanguage<'clinics'> }) {
  const { appointment, client, clinic, session, forumName } = records;
  const { t, format, language, dir } = words;
  const time = appointment.slotTime ?? session.startTime;
  return (
    // Focusable so a keyboard can reach the preview and scroll it when it is taller than its box.
    <article className="day-sheet appointment-slip" lang={language} dir={dir} aria-label={t('slip.label')} tabIndex={0}>
      <header className="day-sheet__header">
        {forumName ? (
          <p>
            <UserText>{forumName}</UserText>
          </p>
        ) : null}
        <h2>{t('slip.heading')}</h2>
      </header>
      <dl className="appointment-slip__details">
        <dt>{t('slip.for')}</dt>
        <dd>
          <UserText>{client.name}</UserText>
          {client.nameLatin ? (
            <>
              {' '}
              (<UserText>{client.nameLatin}</UserText>)
            </>
          ) : null}
        </dd>
        <dt>{t('slip.ref')}</dt>
        <dd>
          <UserText>{client.ref}</UserText>
        </dd>
        <dt>{t('slip.date')}</dt>
        <dd>{format.date(appointment.date, 'long')}</dd>
        <dt>{t('slip.time')}</dt>
        <dd>{format.time(time)}</dd>
        <dt>{t('slip.where')}</dt>
        <dd>
          <UserText>{clinic.name}</UserText>
          {clinic.venue ? (
            <>
              {', '}
              <UserText>{clinic.venue}</UserText>
            </>
          ) : null}
        </dd>
        {appointment.purpose ? (
          <>
            <dt>{t('slip.purpose')}</dt>
            <dd>
              <UserText>{appointment.purpose}</UserText>
            </dd>
          </>
        ) : null}
      </dl>
      {appointment.interpreterLanguage ? <p>{t('slip.interpreter', { language: languageNameIn(language, appointment.interpreterLanguage) })}</p> : null}
      <p>{t('slip.arrive')}</p>
      <p>{t('slip.cannotCome')}</p>
    </article>
  );
}
