/**
 * The drop-in queue: people in the order they arrived, with how long they have waited.
 * "Call next" calls the longest-waiting person; each can be marked seen or left.
 *
 * A queue belongs to its session's day: on any other day nobody joins it and no wait is
 * counted (a morning's walk-in is not "waiting 579 min" that evening, or the next day);
 * anyone left in it is listed as still open, to be marked seen or left.
 */
import { useState } from 'react';
import { languageName } from '../../../../shared/codes/languages';
import type { Appointment, Client, Session } from '../../../../shared/schemas';
import { addWalkIn, readableName, setAppointmentStatus } from '../../../data';
import { APPOINTMENT_STATUS } from '../../../format/labels';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { Panel } from '../../../ui/Panel';
import { useLocalNow, useNow } from '../../../ui/hooks/use-now';
import { useStatus } from '../../../ui/StatusProvider';
import { ClientFinder } from '../../clients/ClientFinder';
import { QuickRegister } from '../../clients/QuickRegister';
import { AppointmentActions } from './AppointmentActions';

export function waitingMinutes(arrivedAt: string | undefined, now: number): number {
  return arrivedAt ? Math.max(0, Math.floor((now - Date.parse(arrivedAt)) / 60_000)) : 0;
}

export function WalkInQueue({ session, appointments, nameOf }: { session: Session; appointments: Appointment[]; nameOf: (clientId: string) => string }) {
  const status = useStatus();
  const now = useNow(30_000);
  const today = useLocalNow().date;
  const onItsDay = today === session.date;
  const over = session.date < today;
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
      status.say(`Called ${nameOf(next.clientId)}`);
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };
  const add = async (client: Client) => {
    try {
      await addWalkIn({ sessionId: session.id, clientId: client.id, ...(client.interpreterNeeded && client.interpreterLanguage ? { interpreterLanguage: client.interpreterLanguage } : {}) });
      status.say(`${readableName(client)} added to the queue`);
      setAdding(false);
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };

  const row = (a: Appointment, showWait: boolean) => (
    <li key={a.id} className="queue__item">
      <span className="queue__who">
        <bdi>{nameOf(a.clientId)}</bdi>
        <Badge tone={APPOINTMENT_STATUS[a.status].tone}>{APPOINTMENT_STATUS[a.status].label}</Badge>
        {a.interpreterLanguage ? <Badge tone="warn">Interpreter: {languageName(a.interpreterLanguage)}</Badge> : null}
        {showWait && onItsDay ? <span className="muted">waiting {waitingMinutes(a.arrivedAt, now)} min</span> : null}
      </span>
      <AppointmentActions appointment={a} who={nameOf(a.clientId)} />
    </li>
  );

  return (
    <Panel
      title="Walk-in queue"
      aside={
        onItsDay ? (
          <span className="panel__actions">
            <Button onClick={() => setAdding(true)}>Add to queue</Button>
            <Button variant="primary" disabled={waiting.length === 0} onClick={() => void callNext()}>
              Call next
            </Button>
          </span>
        ) : null
      }
    >
      {over ? (
        <p className="muted">
          This queue’s day is over.
          {waiting.length + withAdviser.length > 0 ? ' Anyone still listed as waiting or with an adviser was never marked seen or left: mark each one.' : ''}
        </p>
      ) : !onItsDay ? (
        <p className="muted">People join this queue on the day.</p>
      ) : null}
      {walkIns.length === 0 && !over ? <p className="muted">Nobody has walked in yet.</p> : null}
      {walkIns.length === 0 && over ? <p className="muted">Nobody walked in.</p> : null}
      {withAdviser.length > 0 ? (
        <>
          <h3 className="queue__heading">{APPOINTMENT_STATUS.called.label}</h3>
          <ol className="queue" aria-label={APPOINTMENT_STATUS.called.label}>
            {withAdviser.map((a) => row(a, false))}
          </ol>
        </>
      ) : null}
      {waiting.length > 0 ? (
        <>
          <h3 className="queue__heading">{over ? `Never called (${waiting.length})` : `Waiting (${waiting.length})`}</h3>
          <ol className="queue" aria-label="Waiting">
            {waiting.map((a) => row(a, true))}
          </ol>
        </>
      ) : null}
      {done.length > 0 ? (
        <details className="queue__done">
          <summary>Finished ({done.length})</summary>
          <ol className="queue" aria-label="Finished">
            {done.map((a) => row(a, false))}
          </ol>
        </details>
      ) : null}
      {adding ? (
        <Dialog title="Add someone to the queue" onClose={() => setAdding(false)} wide>
          <ClientFinder onChoose={(c) => void add(c)} chooseLabel="Add to queue" />
          <h3>Or register someone new</h3>
          <QuickRegister submitLabel="Register and add to queue" onRegistered={(c) => void add(c)} />
        </Dialog>
      ) : null}
    </Panel>
  );
}
