/**
 * Settings → Retention: how many years after their last contact a person's record is kept
 * (default six), the people past that period, and their erasure in batches with progress.
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { erasePastRetention, peoplePastRetention, readableName, useSettings } from '../../data';
import { useFormat } from '../../i18n';
import { localNow } from '../../platform/clock';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DataTable, type Column } from '../../ui/DataTable';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { UserText } from '../../ui/UserText';
import type { PastRetention } from '../../data';
import { rightsFailure } from './rights-messages';
import { RetentionYearsForm } from './RetentionYearsForm';

export function RetentionPanel() {
  const { t } = useTranslation('privacy');
  const { t: common } = useTranslation('common');
  const format = useFormat();
  const status = useStatus();
  const settings = useSettings();
  const today = localNow().date;
  // Read again after each erasure and save as well as on any change the live query sees.
  const [round, setRound] = useState(0);
  const review = useLiveQuery(() => peoplePastRetention(today), [today, round]);
  const [confirming, setConfirming] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number }>();

  const eraseAll = async () => {
    if (!review) return;
    setConfirming(false);
    const ids = review.people.map((p) => p.client.id);
    setProgress({ done: 0, total: ids.length });
    try {
      const done = await erasePastRetention(ids, (d, total) => setProgress({ done: d, total }));
      status.say(t('retention.erased', { count: done }));
    } catch (error) {
      status.error(rightsFailure(t, error));
    } finally {
      setProgress(undefined);
      setRound((n) => n + 1);
    }
  };
  const columns: Column<PastRetention>[] = [
    { key: 'ref', header: t('retention.column.ref'), cell: (p) => p.client.ref },
    {
      key: 'name',
      header: t('retention.column.name'),
      // A restricted record is listed (its period still runs out) but by reference only, as everywhere.
      cell: (p) => (p.client.restriction ? common('restricted.withRef', { ref: p.client.ref }) : <UserText>{readableName(p.client)}</UserText>),
    },
    { key: 'last', header: t('retention.column.lastContact'), cell: (p) => format.date(p.lastContact) },
  ];
  return (
    <Panel title={t('retention.title')}>
      <p>{t('retention.explain')}</p>
      {/* The form appears once the stored period is read, so nothing typed is overwritten by it. */}
      {settings ? <RetentionYearsForm stored={settings.retentionYears} onSaved={() => setRound((n) => n + 1)} /> : null}
      {review === undefined ? null : review.people.length === 0 ? (
        <p>{t('retention.none', { years: review.years })}</p>
      ) : (
        <>
          <p>{t('retention.past', { count: review.people.length, years: review.years, cutoff: format.date(review.cutoff) })}</p>
          <DataTable caption={t('retention.caption')} columns={columns} rows={review.people} rowKey={(p) => p.client.id} />
          <Button variant="danger" disabled={progress !== undefined} onClick={() => setConfirming(true)}>
            {t('retention.eraseAll', { count: review.people.length })}
          </Button>
        </>
      )}
      {progress ? (
        <div>
          <label htmlFor="retention-progress">{t('retention.progress', { done: progress.done, total: progress.total })}</label>
          <progress id="retention-progress" max={progress.total} value={progress.done} />
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('retention.confirmTitle', { count: review?.people.length ?? 0 })}
        confirmLabel={t('retention.confirm')}
        cancelLabel={t('rights.cancel')}
        destructive
        onConfirm={() => void eraseAll()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('retention.confirmExplain')}</p>
        <p>{t('rights.erase.reports')}</p>
      </ConfirmDialog>
    </Panel>
  );
}
