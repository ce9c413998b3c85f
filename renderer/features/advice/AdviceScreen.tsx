/**
 * Advice log entries of the last 90 days, newest first: what people needed help with and
 * what was done. A page at a time through the date index (a busy forum logs thousands in
 * 90 days).
 */
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addDays } from '../../../shared/schedule/dates';
import type { AdviceEntry } from '../../../shared/schemas';
import { PAGE_SIZE, useAdviceLogLeftOut, useAdviceLogPage, useClientDirectory, useSettings } from '../../data';
import { localToday } from '../../format/dates';
import { useFormat } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import type { Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { UserText } from '../../ui/UserText';
import { DataTable } from '../../ui/DataTable';
import { Pager } from '../../ui/Pager';
import { useCategoryNames } from './category-names';
import { FollowUpsPanel } from './FollowUpsPanel';
import { useOutcomeName } from './outcome-names';
import { LoadedList } from '../../ui/LoadedList';

export function AdviceScreen() {
  const { t } = useTranslation('advice');
  const format = useFormat();
  const outcomeName = useOutcomeName();
  const { nameOfId } = useCategoryNames();
  const today = localToday();
  const [offset, setOffset] = useState(0);
  const page = useAdviceLogPage(addDays(today, -90), today, offset, PAGE_SIZE);
  // Counted once the rows are in, so it never delays them; with no rows, the log waits for it (never a false "none").
  const leftOut = useAdviceLogLeftOut(addDays(today, -90), today, page?.total);
  const listed = page && (page.total > 0 || leftOut !== undefined) ? page : undefined;
  const settings = useSettings();
  const directory = useClientDirectory();
  const columns: Column<AdviceEntry>[] = [
    { key: 'date', header: t('log.columns.date'), width: '120px', cell: (e) => <Link to={`/advice/${e.id}/edit`}>{format.date(e.date, 'medium')}</Link> },
    {
      key: 'client',
      header: t('log.columns.client'),
      width: '20%',
      cell: (e) => (
        <Link to={`/clients/${e.clientId}`}>
          <UserText>{directory?.nameOf(e.clientId) ?? t('log.unknownClient')}</UserText>
        </Link>
      ),
    },
    {
      key: 'categories',
      header: t('log.columns.issues'),
      width: '28%',
      cell: (e) => format.list(e.categories.map((id) => nameOfId(id, settings?.issueCategories)), 'unit'),
    },
    { key: 'outcome', header: t('log.columns.outcome'), cell: (e) => outcomeName(e.outcome) },
    { key: 'adviser', header: t('log.columns.adviser'), cell: (e) => <UserText>{e.adviserName}</UserText> },
    { key: 'minutes', header: t('log.columns.minutes'), width: '90px', numeric: true, cell: (e) => format.number(e.minutes) },
    {
      key: 'follow-up',
      header: t('log.columns.followUp'),
      width: '140px',
      cell: (e) =>
        e.followUpDate && !e.followUpDone ? (
          <Badge tone={e.followUpDate < today ? 'danger' : 'warn'}>{format.date(e.followUpDate, 'medium')}</Badge>
        ) : null,
    },
  ];
  return (
    <>
      <PageHeader
        title={t('log.title')}
        lede={t('log.lede')}
        actions={
          <Link className="button button--primary" to="/advice/new">
            {t('log.logAdvice')}
          </Link>
        }
      />
      <FollowUpsPanel />
      <Panel flush>
        <LoadedList
          data={listed}
          loading={t('log.loading')}
          // Empty only when there is nothing, not even a restricted person's entry (those are counted, never listed).
          isEmpty={(loaded) => loaded.total === 0 && !leftOut}
          empty={
            <EmptyState title={t('log.emptyTitle')}>
              <Trans t={t} i18nKey="log.emptyBody" components={{ settings: <Link to="/settings" /> }} />
            </EmptyState>
          }
        >
          {(loaded) => (
            <>
              {loaded.total > 0 ? (
                <>
                  <DataTable caption={t('log.caption')} columns={columns} rows={loaded.rows} rowKey={(e) => e.id} />
                  <Pager label={t('log.pages')} offset={loaded.offset} pageSize={PAGE_SIZE} shown={loaded.rows.length} total={loaded.total} onOffset={setOffset} />
                </>
              ) : null}
              {leftOut ? <p className="muted panel-note">{t('log.restrictedLeftOut', { count: leftOut })}</p> : null}
            </>
          )}
        </LoadedList>
      </Panel>
    </>
  );
}
