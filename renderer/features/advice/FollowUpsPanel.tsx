/** Follow-ups due and overdue, for me or for everyone; ticking one clears it. */
import { useState } from 'react';
import { Link } from 'react-router';
import { followUpsDue } from '../../../shared/advice/follow-ups';
import { setFollowUpDone, useClientDirectory, usePendingFollowUps } from '../../data';
import { formatShortDate, localToday } from '../../format/dates';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { refusalMessage } from '../../ui/form-errors';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { lastRecorder } from '../clients/recorder';
import { plural } from '../../../shared/plural';

export function FollowUpsPanel() {
  const status = useStatus();
  const pending = usePendingFollowUps();
  const directory = useClientDirectory();
  const me = lastRecorder();
  const [mine, setMine] = useState(false);
  const today = localToday();
  const due = pending ? followUpsDue(pending, today, mine && me ? { adviserName: me } : {}) : [];
  const done = async (id: string) => {
    try {
      await setFollowUpDone(id, true);
      status.say('Follow-up done');
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };
  return (
    <Panel
      title="Follow-ups"
      aside={
        <div className="segmented" role="group" aria-label="Whose follow-ups">
          <Button variant={mine ? 'secondary' : 'primary'} aria-pressed={!mine} onClick={() => setMine(false)}>
            Everyone’s
          </Button>
          <Button variant={mine ? 'primary' : 'secondary'} aria-pressed={mine} disabled={!me} onClick={() => setMine(true)}>
            {me ? `Mine (${me})` : 'Mine'}
          </Button>
        </div>
      }
    >
      {due.length === 0 ? (
        <p className="muted">No follow-ups due in the next two weeks.</p>
      ) : (
        <ul className="compact-list" aria-label="Follow-ups due">
          {due.map(({ entry, overdueDays, state }) => {
            const name = directory?.nameOf(entry.clientId);
            return (
              <li key={entry.id} className="follow-up">
                <span>
                  <Badge tone={state === 'overdue' ? 'danger' : state === 'due-today' ? 'warn' : 'info'}>
                    {state === 'overdue' ? (`${plural(overdueDays, 'day')} overdue`) : state === 'due-today' ? 'Due today' : formatShortDate(entry.followUpDate ?? today)}
                  </Badge>{' '}
                  <Link to={`/clients/${entry.clientId}`}>
                    <bdi>{name ?? 'A client'}</bdi>
                  </Link>{' '}
                  <span className="muted">· {entry.adviserName}</span>
                </span>
                <Button onClick={() => void done(entry.id)} aria-label={`Mark done: ${name ?? 'follow-up'}`}>
                  Done
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
