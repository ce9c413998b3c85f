/**
 * The drop-in queue: people in the order they arrived, with how long they have waited.
 * "Call next" calls the longest-waiting person; each can be marked seen or left.
 *
 * A queue is open on its session's day until the session's end time (isQueueOpen): at any
 * other time nobody joins it and no wait is counted (a morning's walk-in is not "waiting
 * 579 min" that evening, or the next day); anyone left in it is listed as still open, to
 * be marked seen or left.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment, Client, Session } from '../../../../shared/schemas';
import { addWalkIn, readableName, setAppointmentStatus } from '../../../data';
import { AppointmentStatusBadge } from '../../../ui/StatusBadge';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { Panel } from '../../../ui/Panel';
import { useNow } from '../../../ui/hooks/use-now';
import { localNowOf } from '../../../../shared/schedule/local-now';
import { isQueueOpen } from '../../../../shared/schedule/queue-open';
import { useFormat } from '../../../i18n/format';
import { useStatus } from '../../../ui/StatusProvider';
import { UserText } from '../../../ui/UserText';
import { ClientFinder } from '../../clients/ClientFinder';
import { QuickRegister } from '../../clients/QuickRegister';
import { AppointmentActions } from './AppointmentActions';
import { waitingMinutes } from './waiting-minutes';
import { useClinicWords } from '../words/clinic-words';
import { isolateIn } from '../words/isolate-name';
import { usePageShortcut } from '../../../app/shortcuts/page-shortcuts';
import { useCan } from '../../../security/permissions';

/** `restricted`: whether a person's record is restricted (their interpreter's language is not shown). */
export function WalkInQueue({
  session,
  appointments,
  nameOf,
  restricted,
}: {
  session: Session;
  appointments: Appointment[];
  nameOf: (clientId: string) => string;
  restricted: (clientId: string) => boolean;
}) {
  const { t } = useTranslation('clinics');
  const format = useFormat();
  const words = useClinicWords();
  const status = useStatus();
  const now = useNow(30_000);
  const localNow = localNowOf(new Date(now));
  const open = isQueueOpen(session, localNow);
  const canChange = useCan('appointments.write');
  // Over: its day has passed, or it is its day and its end time has come.
  const over = !open && session.date <= localNow.date;
  const [adding, setAdding] = useState(false);
  const walkIns = appointments
    .filter((a) => a.kind === 'walk-in')
    .sort((a, b) => (a.arrivedAt ?? a.createdAt).localeCompare(b.arrivedAt ?? b.createdAt));
  const waiting = walkIns.filter((a) => a.status === 'arrived');
  const withAdviser = walkIns.filter((a) => a.status === 'called');
  const done = walkIns.filter((a) => a.status !== 'arrived' && a.status !== 'called');

  const callNext = async () => {
    const next = waiting[0];
    if (!next) return;
    try {
      await setAppointmentStatus(next.id, 'called');
      status.say(t('queue.called', { name: isolateIn(format.language, nameOf(next.clientId)) }));
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };
  // Alt+Q calls the next person in, from anywhere on this screen.
  usePageShortcut('nextInQueue', open && canChange && waiting.length > 0 ? () => void callNext() : undefined);
  const add = async (client: Client) => {
    try {
      await addWalkIn({ sessionId: session.id, clientId: client.id, ...(client.interpreterNeeded && client.interpreterLanguage ? { interpreterLanguage: client.interpreterLanguage } : {}) });
      status.say(t('queue.added', { name: isolateIn(format.language, readableName(client)) }));
      setAdding(false);
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };

  const row = (a: Appointment, showWait: boolean) => (
    <li key={a.id} className="queue__item">
      <span className="queue__who">
        <UserText>{nameOf(a.clientId)}</UserText>
        <AppointmentStatusBadge status={a.status} />
        {a.interpreterLanguage && !restricted(a.clientId) ? <Badge tone="warn">{t('queue.interpreter', { language: words.language(a.interpreterLanguage) })}</Badge> : null}
        {showWait && open ? <span className="muted">{t('queue.waitingFor', { minutes: waitingMinutes(a.arrivedAt, now) })}</span> : null}
      </span>
      <AppointmentActions appointment={a} who={nameOf(a.clientId)} />
    </li>
  );

  return (
    <Panel
      title={t('queue.title')}
      aside={
        open && canChange ? (
          <span className="panel__actions">
            <Button onClick={() => setAdding(true)}>{t('queue.add')}</Button>
            <Button variant="primary" disabled={waiting.length === 0} onClick={() => void callNext()}>
              {t('queue.callNext')}
            </Button>
          </span>
        ) : null
      }
    >
      {over ? (
        <p className="muted">
          {session.date < localNow.date ? t('queue.over') : t('queue.endedAt', { time: format.time(session.endTime) })}
          {waiting.length + withAdviser.length > 0 ? ` ${t('queue.overOpen')}` : ''}
        </p>
      ) : !open ? (
        <p className="muted">{t('queue.onTheDay')}</p>
      ) : null}
      {walkIns.length === 0 && !over ? <p className="muted">{t('queue.nobodyYet')}</p> : null}
      {walkIns.length === 0 && over ? <p className="muted">{t('queue.nobody')}</p> : null}
      {withAdviser.length > 0 ? (
        <>
          <h3 className="queue__heading">{words.status('called')}</h3>
          <ol className="queue" aria-label={words.status('called')}>
            {withAdviser.map((a) => row(a, false))}
          </ol>
        </>
      ) : null}
      {waiting.length > 0 ? (
        <>
          <h3 className="queue__heading">{over ? t('queue.neverCalled', { count: waiting.length }) : t('queue.waiting', { count: waiting.length })}</h3>
          <ol className="queue" aria-label={t('queue.waitingList')}>
            {waiting.map((a) => row(a, true))}
          </ol>
        </>
      ) : null}
      {done.length > 0 ? (
        <details className="queue__done">
          <summary>{t('queue.finished', { count: done.length })}</summary>
          <ol className="queue" aria-label={t('queue.finishedList')}>
            {done.map((a) => row(a, false))}
          </ol>
        </details>
      ) : null}
      {adding ? (
        <Dialog title={t('queue.addTitle')} onClose={() => setAdding(false)} wide>
          <ClientFinder onChoose={(c) => void add(c)} chooseLabel={t('queue.add')} />
          <h3>{t('queue.orRegister')}</h3>
          <QuickRegister submitLabel={t('queue.registerAndAdd')} onRegistered={(c) => void add(c)} />
        </Dialog>
      ) : null}
    </Panel>
  );
}
