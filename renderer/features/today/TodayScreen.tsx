/**
 * The front desk's landing screen: today's sessions, who is booked, the walk-in queue,
 * who needs an interpreter in which language, and who is on shift.
 */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useAppointmentsOn, useClientDirectory, useClinics, useSessionsBetween, useShiftsBetween, useVolunteers } from '../../data';
import { formatLongDate } from '../../format/dates';
import { useLocalNow } from '../../ui/hooks/use-now';
import { PageHeader } from '../../ui/PageHeader';
import { BackupReminder } from '../backups/BackupReminder';
import { MissingDataNotice } from '../backups/MissingDataNotice';
import { BookedToday } from './BookedToday';
import { InterpretersToday } from './InterpretersToday';
import { OnShiftToday } from './OnShiftToday';
import { SessionsToday } from './SessionsToday';
import { WaitingToday } from './WaitingToday';

export function TodayScreen() {
  // Re-read every half minute, so a screen left open past midnight moves on to the new day.
  const today = useLocalNow().date;
  const sessions = useSessionsBetween(today, today);
  const appointments = useAppointmentsOn(today);
  const clinics = useClinics();
  const directory = useClientDirectory();
  const shifts = useShiftsBetween(today, today);
  const volunteers = useVolunteers();
  const clinicsById = useMemo(() => new Map((clinics ?? []).map((c) => [c.id, c])), [clinics]);

  const live = (appointments ?? []).filter((a) => a.status !== 'cancelled');
  const nameOf = (clientId: string) => directory?.nameOf(clientId) ?? '…';
  const waiting = live.filter((a) => a.kind === 'walk-in' && (a.status === 'arrived' || a.status === 'called'));
  const booked = live.filter((a) => a.kind === 'booked');
  const interpreterCount = live.filter((a) => a.interpreterLanguage && a.status !== 'seen').length;

  return (
    <>
      <PageHeader
        title="Today"
        lede={formatLongDate(today)}
        actions={
          <>
            <Link className="button button--secondary" to="/clients">
              Find a client
            </Link>
            <Link className="button button--primary" to="/clients/new">
              Register a person
            </Link>
          </>
        }
      />
      <MissingDataNotice />
      <BackupReminder />
      <div className="stat-row">
        <Stat value={sessions?.filter((s) => s.status === 'scheduled').length} label="sessions today" />
        <Stat value={booked.length} label="booked appointments" />
        <Stat value={waiting.filter((a) => a.status === 'arrived').length} label="walk-ins waiting" />
        <Stat value={interpreterCount} label="interpreters needed" />
      </div>
      <div className="today-grid">
        <SessionsToday sessions={sessions} appointments={live} clinics={clinicsById} />
        <WaitingToday waiting={waiting} nameOf={nameOf} clinics={clinicsById} />
        <BookedToday booked={booked} nameOf={nameOf} clinics={clinicsById} />
        <InterpretersToday appointments={live} nameOf={nameOf} />
        <OnShiftToday shifts={shifts} volunteers={volunteers} clinics={clinicsById} today={today} />
      </div>
    </>
  );
}

function Stat({ value, label }: { value: number | undefined; label: string }) {
  return (
    <div className="stat">
      <div className="stat__value">{value ?? '–'}</div>
      <div className="stat__label">{label}</div>
    </div>
  );
}
