/** Follow-ups due and overdue, for me or for everyone; ticking one clears it. */
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { followUpsDue } from '../../../shared/advice/follow-ups';
import { setFollowUpDone, useClientDirectory, usePendingFollowUps } from '../../data';
import { localToday } from '../../format/dates';
import { useFormat } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { refusalMessage } from '../../ui/form-errors';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { UserText } from '../../ui/UserText';
import { lastRecorder } from '../clients/recorder';

export function FollowUpsPanel() {
  const { t } = useTranslation('advice');
  const format = useFormat();
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
      status.say(t('followUps.marked'));
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };
  return (
    <Panel
      title={t('followUps.title')}
      aside={
        <div className="segmented" role="group" aria-label={t('followUps.whose')}>
          <Button variant={mine ? 'secondary' : 'primary'} aria-pressed={!mine} onClick={() => setMine(false)}>
            {t('followUps.everyone')}
          </Button>
          <Button variant={mine ? 'primary' : 'secondary'} aria-pressed={mine} disabled={!me} onClick={() => setMine(true)}>
            {me ? (
              // One span: the button is a flex box, and the name must stay inline with its words.
              <span>
                <Trans t={t} i18nKey="followUps.mineNamed" values={{ name: me }} components={{ bdi: <bdi /> }} />
              </span>
            ) : (
              t('followUps.mine')
            )}
          </Button>
        </div>
      }
    >
      {due.length === 0 ? (
        <p className="muted">{t('followUps.none')}</p>
      ) : (
        <ul className="compact-list" aria-label={t('followUps.listLabel')}>
          {due.map(({ entry, overdueDays, state }) => {
            const name = directory?.nameOf(entry.clientId);
            return (
              <li key={entry.id} className="follow-up">
                <span>
                  <Badge tone={state === 'overdue' ? 'danger' : state === 'due-today' ? 'warn' : 'info'}>
                    {state === 'overdue'
                      ? t('followUps.overdue', { days: overdueDays })
                      : state === 'due-today'
                        ? t('followUps.dueToday')
                        : format.date(entry.followUpDate ?? today, 'medium')}
                  </Badge>{' '}
                  <Link to={`/clients/${entry.clientId}`}>
                    <UserText>{name ?? t('followUps.aClient')}</UserText>
                  </Link>{' '}
                  <span className="muted">
                    · <UserText>{entry.adviserName}</UserText>
                  </span>
                </span>
                <Button onClick={() => void done(entry.id)} aria-label={name ? t('followUps.markDone', { name }) : t('followUps.markDoneUnnamed')}>
                  {t('followUps.done')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
