/**
 * The front desk's landing screen: today's sessions, who is booked, the walk-in queue,
 * who needs an interpreter in which language, and who is on shift. Until every one of the
 * day's records has been read (sessions, appointments, shifts, and the names of today's
 * people) it says it is loading: a zero, "Nobody is waiting" or "Nobody on shift" would be
 * a false answer to a volunteer glancing at it. It reads only today's records and today's
 * people by key, never the whole client list, so it is usable as soon as the app opens.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppointmentsOn, useClientNames, useClinics, useSessionsBetween, useShiftsBetween, useVolunteersWithIds } from '../../data';
import { useFormat } from '../../i18n/format';
import { useLocalNow } from '../../ui/hooks/use-now';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { BackupReminder } from '../backups/BackupReminder';
import { MissingDataNotice } from '../backups/MissingDataNotice';
import { BookedToday } from './BookedToday';
import { InterpretersToday } from './InterpretersToday';
import { OnShiftToday } from './OnShiftToday';
import { SessionsToday } from './SessionsToday';
import { TodayStats } from './TodayStats';
import { WaitingToday } from './WaitingToday';
import { useCan } from '../../security/permissions';
import { firstScreenShown } from '../../ui/first-screen';
import { isQueueOpen } from '../../../shared/schedule/queue-open';
import { needsInterpreterNow } from '../../../shared/schedule/interpreter-needed';

export function TodayScreen() {
  const { t } = useTranslation('today');
  const format = useFormat();
  // Re-read every half minute, so a screen left open past midnight moves on to the new day.
  const localNow = useLocalNow();
  const today = localNow.date;
  const sessions = useSessionsBetween(today, today);
  const appointments = useAppointmentsOn(today);
  const clinics = useClinics();
  const { t: common } = useTranslation('common');
  // A restricted person still has their appointment, shown by reference only (never a name).
  const restrictedName = useCallback((ref: string) => common('restricted.withRef', { ref }), [common]);
  // Undefined until the appointments are read: names asked for before then would be for
  // nobody, and Today would show its people as "a client" until the next read.
  const names = useClientNames(
    useMemo(() => appointments?.map((a) => a.clientId), [appointments]),
    restrictedName,
  );
  const shifts = useShiftsBetween(today, today);
  // Only those on today's shifts, read by key once the shifts are (a forum has hundreds).
  const volunteers = useVolunteersWithIds(useMemo(() => shifts?.flatMap((s) => (s.volunteerId ? [s.volunteerId] : [])), [shifts]));
  const canRegister = useCan('clients.write');
  const clinicsById = useMemo(() => new Map((clinics ?? []).map((c) => [c.id, c])), [clinics]);
  const sessionsById = useMemo(() => new Map((sessions ?? []).map((s) => [s.id, s])), [sessions]);
  const loaded =
    sessions !== undefined && appointments !== undefined && clinics !== undefined && names !== undefined && shifts !== undefined && volunteers !== undefined;
  useEffect(() => {
    if (loaded) firstScreenShown();
  }, [loaded]);

  const live = (appointments ?? []).filter((a) => a.status !== 'cancelled');
  const nameOf = (clientId: string) => names?.names.get(clientId) ?? t('aClient');
  // An interpreter's language says something about the person: not listed for a restricted record.
  const needInterpreter = live.filter((a) => !names?.restricted.has(a.clientId) && needsInterpreterNow(a, sessionsById.get(a.sessionId), localNow));
  const waiting = live.filter((a) => a.kind === 'walk-in' && (a.status === 'arrived' || a.status === 'called'));
  const booked = live.filter((a) => a.kind === 'booked');

  return (
    <>
      <PageHeader
        title={t('title')}
        lede={format.date(today, 'long')}
        actions={
          <>
            <Link className="button button--secondary" to="/clients">
              {t('findClient')}
            </Link>
            {canRegister ? (
              <Link className="button button--primary" to="/clients/new">
                {t('registerPerson')}
              </Link>
            ) : null}
          </>
        }
      />
      <MissingDataNotice />
      <BackupReminder />
      {loaded ? (
        <>
          <TodayStats
            sessions={sessions.filter((s) => s.status === 'scheduled').length}
            booked={booked.length}
            waiting={waiting.filter((a) => a.status === 'arrived' && isQueueOpen(sessionsById.get(a.sessionId), localNow)).length}
            interpreters={needInterpreter.length}
          />
          <div className="today-grid">
            <SessionsToday sessions={sessions} appointments={live} clinics={clinicsById} />
            <WaitingToday waiting={waiting} sessions={sessionsById} nameOf={nameOf} clinics={clinicsById} />
            <BookedToday booked={booked} nameOf={nameOf} clinics={clinicsById} />
            <InterpretersToday appointments={needInterpreter} nameOf={nameOf} />
            <OnShiftToday shifts={shifts} volunteers={volunteers} clinics={clinicsById} today={today} />
          </div>
        </>
      ) : (
        <Loading label={t('loading')} />
      )}
    </>
  );
}
