/**
 * One session of a clinic: its slots and bookings (or, for a drop-in, the walk-in
 * queue), the people to rebook if it was cancelled, and its printable day sheet.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Appointment } from '../../../../shared/schemas';
import { useClientDirectory, useClinic, useSession, useSessionAppointments } from '../../../data';
import { localToday } from '../../../format/dates';
import { useFormat } from '../../../i18n/format';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { UserText } from '../../../ui/UserText';
import { RebookDialog } from '../booking/RebookDialog';
import { CancelSessionDialog } from './CancelSessionDialog';
import { DaySheet } from './DaySheet';
import { MoveSessionDialog } from './MoveSessionDialog';
import { PeopleToRebook } from './PeopleToRebook';
import { SessionVolunteers } from './SessionVolunteers';
import { SlotsTable } from './SlotsTable';
import { WalkInQueue } from './WalkInQueue';
import { useClinicWords } from '../words/clinic-words';
import { isolateIn } from '../words/isolate-name';
import { Loading } from '../../../ui/Loading';
import { useCan } from '../../../security/permissions';

export function SessionPage() {
  const { t } = useTranslation('clinics');
  const format = useFormat();
  const words = useClinicWords();
  const { sessionId = '' } = useParams();
  const session = useSession(sessionId);
  const clinic = useClinic(session?.clinicId);
  const appointments = useSessionAppointments(sessionId);
  const directory = useClientDirectory();
  const [dialog, setDialog] = useState<'cancel' | 'move' | 'print' | null>(null);
  const canPrint = useCan('daySheet.print');
  const canChangeSession = useCan('clinics.write');
  const canBook = useCan('appointments.write');
  const [rebooking, setRebooking] = useState<Appointment | null>(null);

  if (session === undefined || !clinic || !appointments || !directory) {
    return (
      <>
        <PageHeader title={t('session.title')} />
        {session === undefined ? (
          <EmptyState title={t('session.notFound')}>
            <Link to="/clinics">{t('session.back')}</Link>
          </EmptyState>
        ) : (
          <Loading label={t('session.loading')} />
        )}
      </>
    );
  }
  const nameOf = (clientId: string) => directory.nameOf(clientId) ?? t('session.unknown');
  const restricted = (clientId: string) => directory.byId.get(clientId)?.restriction !== undefined;
  const cancelled = session.status === 'cancelled';
  const past = session.date < localToday();
  const dropIn = clinic.kind === 'drop-in';

  return (
    <>
      <PageHeader
        title={t('session.heading', { clinic: isolateIn(format.language, clinic.name), date: format.date(session.date, 'long') })}
        lede={
          <>
            {format.timeRange(session.startTime, session.endTime)} · {words.kind(clinic.kind)}
            {clinic.venue ? (
              <>
                {' · '}
                <UserText>{clinic.venue}</UserText>
              </>
            ) : null}
            {session.originalDate ? ` · ${t('session.movedFrom', { date: format.date(session.originalDate, 'long') })}` : ''}{' '}
            {cancelled ? <Badge tone="danger">{t('session.cancelledBecause', { reason: isolateIn(format.language, session.cancelReason ?? '') })}</Badge> : null}
          </>
        }
        actions={
          <>
            <Link className="button button--quiet" to={`/clinics?date=${session.date}`}>
              {t('session.weekView')}
            </Link>
            {canPrint ? <Button onClick={() => setDialog('print')}>{t('session.printDaySheet')}</Button> : null}
            {!cancelled && !past && canChangeSession ? (
              <>
                <Button onClick={() => setDialog('move')}>{t('session.move')}</Button>
                <Button variant="danger" onClick={() => setDialog('cancel')}>
                  {t('session.cancel')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {cancelled ? <PeopleToRebook appointments={appointments} nameOf={nameOf} onRebook={setRebooking} /> : null}
      {!cancelled && dropIn ? <WalkInQueue session={session} appointments={appointments} nameOf={nameOf} restricted={restricted} /> : null}
      {!cancelled && !dropIn ? (
        <SlotsTable session={session} clinic={clinic} appointments={appointments} directory={directory} onRebook={setRebooking} bookable={!past && canBook} />
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
