/**
 * One session of a clinic: its slots and bookings (or, for a drop-in, the walk-in
 * queue), the people to rebook if it was cancelled, and its printable day sheet.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Appointment } from '../../../../shared/schemas';
import { useClientDirectory, useClinic, useSession, useSessionAppointments } from '../../../data';
import { formatLongDate, localToday } from '../../../format/dates';
import { CLINIC_KIND_LABELS } from '../../../format/labels';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { RebookDialog } from '../booking/RebookDialog';
import { CancelSessionDialog } from './CancelSessionDialog';
import { DaySheet } from './DaySheet';
import { MoveSessionDialog } from './MoveSessionDialog';
import { PeopleToRebook } from './PeopleToRebook';
import { SessionVolunteers } from './SessionVolunteers';
import { SlotsTable } from './SlotsTable';
import { WalkInQueue } from './WalkInQueue';

export function SessionPage() {
  const { sessionId = '' } = useParams();
  const session = useSession(sessionId);
  const clinic = useClinic(session?.clinicId);
  const appointments = useSessionAppointments(sessionId);
  const directory = useClientDirectory();
  const [dialog, setDialog] = useState<'cancel' | 'move' | 'print' | null>(null);
  const [rebooking, setRebooking] = useState<Appointment | null>(null);

  if (session === undefined || !clinic || !appointments || !directory) {
    return (
      <>
        <PageHeader title="Session" />
        {session === undefined ? (
          <EmptyState title="This session could not be found.">
            <Link to="/clinics">Back to clinics</Link>
          </EmptyState>
        ) : null}
      </>
    );
  }
  const nameOf = (clientId: string) => directory.nameOf(clientId) ?? 'Unknown person';
  const cancelled = session.status === 'cancelled';
  const past = session.date < localToday();
  const dropIn = clinic.kind === 'drop-in';

  return (
    <>
      <PageHeader
        title={`${clinic.name}, ${formatLongDate(session.date)}`}
        lede={
          <>
            {session.startTime}–{session.endTime} · {CLINIC_KIND_LABELS[clinic.kind]}
            {clinic.venue ? ` · ${clinic.venue}` : ''}
            {session.originalDate ? ` · moved from ${formatLongDate(session.originalDate)}` : ''}{' '}
            {cancelled ? <Badge tone="danger">Cancelled: {session.cancelReason}</Badge> : null}
          </>
        }
        actions={
          <>
            <Link className="button button--quiet" to={`/clinics?date=${session.date}`}>
              Week view
            </Link>
            <Button onClick={() => setDialog('print')}>Print day sheet</Button>
            {!cancelled && !past ? (
              <>
                <Button onClick={() => setDialog('move')}>Move…</Button>
                <Button variant="danger" onClick={() => setDialog('cancel')}>
                  Cancel session…
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {cancelled ? <PeopleToRebook appointments={appointments} nameOf={nameOf} onRebook={setRebooking} /> : null}
      {!cancelled && dropIn ? <WalkInQueue session={session} appointments={appointments} nameOf={nameOf} /> : null}
      {!cancelled && !dropIn ? (
        <SlotsTable session={session} clinic={clinic} appointments={appointments} directory={directory} onRebook={setRebooking} bookable={!past} />
      ) : null}
      {!cancelled ? <SessionVolunteers session={session} /> : null}
      {dialog === 'cancel' ? <CancelSessionDialog session={session} booked={appointments} nameOf={nameOf} onClose={() => setDialog(null)} /> : null}
      {dialog === 'move' ? <MoveSessionDialog session={session} onClose={() => setDialog(null)} /> : null}
      {dialog === 'print' ? (
        <DaySheet session={session} clinic={clinic} appointments={appointments} directory={directory} onClose={() => setDialog(null)} />
      ) : null}
      {rebooking ? <RebookDialog appointment={rebooking} clinic={clinic} who={nameOf(rebooking.clientId)} onClose={() => setRebooking(null)} /> : null}
    </>
  );
}
