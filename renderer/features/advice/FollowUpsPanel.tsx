/**
 * Follow-ups still to do, for me or for everyone; ticking one clears it. By default only
 * what needs action this week (due since Monday, today, or by Sunday), a page at a time:
 * a forum ten years old has thousands left open, and they would bury this week's. "All
 * open" widens it to every open follow-up up to two weeks ahead.
 */
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { followUpsDue, followUpWindow, type FollowUpScope } from '../../../shared/advice/follow-ups';
import { setFollowUpDone, useClientDirectory, useOpenFollowUps } from '../../data';
import { localToday } from '../../format/dates';
import { useFormat } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Segmented } from '../../ui/Segmented';
import { refusalMessage } from '../../ui/form-errors';
import { offsetWithin, Pager } from '../../ui/Pager';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { UserText } from '../../ui/UserText';
import { lastRecorder } from '../clients/recorder';
import { LoadedList } from '../../ui/LoadedList';

/** Enough to act on without pushing the log off the screen. */
const FOLLOW_UPS_PER_PAGE = 10;

export function FollowUpsPanel() {
  const { t } = useTranslation('advice');
  const format = useFormat();
  const status = useStatus();
  const directory = useClientDirectory();
  const me = lastRecorder();
  const [mine, setMine] = useState(false);
  const [scope, setScope] = useState<FollowUpScope>('this-week');
  const [offset, setOffset] = useState(0);
  const today = localToday();
  const window = followUpWindow(scope, today);
  const page = useOpenFollowUps({ ...window, adviserName: mine && me ? me : undefined }, offset, FOLLOW_UPS_PER_PAGE);
  const due = page ? followUpsDue(page.rows, today) : [];
  // Ticking off the last one on the last page leaves that page empty: show the one before.
  if (page && page.rows.length === 0 && page.total > 0) setOffset(offsetWithin(offset, page.total, FOLLOW_UPS_PER_PAGE));
  const choose = (next: { mine?: boolean; scope?: FollowUpScope }) => {
    if (next.mine !== undefined) setMine(next.mine);
    if (next.scope !== undefined) setScope(next.scope);
    setOffset(0);
  };
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
        <div className="follow-up-filters">
          <Segmented<FollowUpScope>
            label={t('followUps.when')}
            options={[
              { value: 'this-week', label: t('followUps.thisWeek') },
              { value: 'all', label: t('followUps.allOpen') },
            ]}
            value={scope}
            onChange={(next) => choose({ scope: next })}
          />
          <Segmented
            label={t('followUps.whose')}
            options={[
              { value: false, label: t('followUps.everyone') },
              {
                value: true,
                disabled: !me,
                label: me ? (
                  // One span: the button is a flex box, and the name must stay inline with its words.
                  <span>
                    <Trans t={t} i18nKey="followUps.mineNamed" values={{ name: me }} components={{ bdi: <bdi /> }} />
                  </span>
                ) : (
                  t('followUps.mine')
                ),
              },
            ]}
            value={mine}
            onChange={(next) => choose({ mine: next })}
          />
        </div>
      }
    >
      <LoadedList
        data={page}
        loading={t('followUps.loading')}
        isEmpty={() => due.length === 0}
        empty={<p className="muted">{scope === 'this-week' ? t('followUps.noneThisWeek') : t('followUps.none')}</p>}
      >
        {(loaded) => (
          <>
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
            <Pager label={t('followUps.pages')} offset={loaded.offset} pageSize={FOLLOW_UPS_PER_PAGE} shown={loaded.rows.length} total={loaded.total} onOffset={setOffset} />
          </>
        )}
      </LoadedList>
    </Panel>
  );
}
