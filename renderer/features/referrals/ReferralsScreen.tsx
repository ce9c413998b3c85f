/**
 * Referrals: the overdue ones first (follow-up date passed with no outcome), then the
 * referrals still in hand (or all of them), newest first, and the way to the services
 * directory. Both lists are read a page at a time through indexes (openFollowUp,
 * [status+date]): a ten-year forum has 50,000 referrals.
 */
import { useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addDays, daysBetween } from '../../../shared/schedule/dates';
import type { Referral } from '../../../shared/schemas';
import {
  PAGE_SIZE,
  REFERRALS_IN_HAND,
  useClientDirectory,
  useListedReferralCount,
  useOverdueReferralCount,
  useOverdueReferralsPageRows,
  useReferralCount,
  useReferralsLeftOut,
  useReferralsPageRows,
  useServices,
  useSettings,
} from '../../data';
import { listedPage } from './listed-page';
import { localToday } from '../../format/dates';
import { ReferralStatusBadge } from '../../ui/StatusBadge';
import { Badge } from '../../ui/Badge';
import { Segmented } from '../../ui/Segmented';
import type { Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { UserText } from '../../ui/UserText';
import { DataTable } from '../../ui/DataTable';
import { Pager } from '../../ui/Pager';
import { useFormat } from '../../i18n/format';
import { categoriesIn } from './category-words';
import { LoadedList } from '../../ui/LoadedList';

/** Enough to act on today without pushing the full list off the screen. */
const OVERDUE_PER_PAGE = 6;
/**
 * By default the overdue list holds what fell overdue in the last four weeks: a forum ten
 * years old has thousands never closed, and the oldest first would bury this week's.
 * "All overdue" shows every one. (Weeks, not "this week": on a Monday nothing could be.)
 */
const RECENT_WEEKS = 4;

export function ReferralsScreen() {
  const { t } = useTranslation('referrals');
  const { t: advice } = useTranslation('advice');
  const format = useFormat();
  const services = useServices();
  const settings = useSettings();
  const directory = useClientDirectory();
  const [openOnly, setOpenOnly] = useState(true);
  const [offset, setOffset] = useState(0);
  const [overdueOffset, setOverdueOffset] = useState(0);
  const [allOverdue, setAllOverdue] = useState(false);
  const today = localToday();
  const overdueSince = allOverdue ? undefined : addDays(today, -7 * RECENT_WEEKS);
  const statuses = openOnly ? REFERRALS_IN_HAND : undefined;
  // The rows first; every count (each walks up to 50,000 index keys) is asked once they are in, so none holds them back.
  const rows = useReferralsPageRows(statuses, offset, PAGE_SIZE);
  const total = useListedReferralCount(statuses, rows !== undefined);
  const leftOut = useReferralsLeftOut(statuses, total);
  // Only "none in hand" needs to know whether the forum has any referral at all.
  const referralCount = useReferralCount(openOnly && total === 0);
  const listed = listedPage({ rows, total, leftOut, forumCountNeeded: openOnly, forumCount: referralCount });
  const overduePage = useOverdueReferralsPageRows(today, overdueOffset, OVERDUE_PER_PAGE, overdueSince);
  const overdueTotal = useOverdueReferralCount(today, rows !== undefined, overdueSince);
  const serviceNames = useMemo(() => new Map((services ?? []).map((s) => [s.id, s.name])), [services]);
  const categories = useMemo(() => new Map(categoriesIn(settings?.issueCategories ?? [], advice).map((c) => [c.id, c.label])), [settings, advice]);
  const who = (clientId: string) => directory?.nameOf(clientId) ?? '…';
  const overdue = (overduePage?.rows ?? []).map((referral) => ({ referral, overdueDays: daysBetween(referral.followUpDue ?? today, today) }));
  const choose = (open: boolean) => {
    setOpenOnly(open);
    setOffset(0);
  };
  const chooseOverdue = (all: boolean) => {
    setAllOverdue(all);
    setOverdueOffset(0);
  };

  const columns: Column<Referral>[] = [
    { key: 'date', header: t('list.columns.date'), width: '110px', cell: (r) => <Link to={`/referrals/${r.id}`}>{format.date(r.date, 'medium')}</Link> },
    { key: 'client', header: t('list.columns.client'), width: '22%', cell: (r) => <UserText>{who(r.clientId)}</UserText> },
    { key: 'service', header: t('list.columns.service'), width: '26%', cell: (r) => <UserText>{serviceNames.get(r.serviceId) ?? '–'}</UserText> },
    { key: 'reason', header: t('list.columns.reason'), cell: (r) => <UserText>{categories.get(r.reasonCategory) ?? r.reasonCategory}</UserText> },
    { key: 'status', header: t('list.columns.status'), width: '130px', cell: (r) => <ReferralStatusBadge status={r.status} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        lede={t('list.lede')}
        actions={
          <>
            <Link className="button button--secondary" to="/referrals/services">
              {t('services.title')}
            </Link>
            <Link className="button button--primary" to="/referrals/new">
              {t('newReferral.title')}
            </Link>
          </>
        }
      />
      <Panel
        title={t('list.overdue.title')}
        aside={
          <Segmented
            label={t('list.overdue.which')}
            options={[
              { value: false, label: t('list.overdue.recent', { count: RECENT_WEEKS }) },
              { value: true, label: t('list.overdue.all') },
            ]}
            value={allOverdue}
            onChange={chooseOverdue}
          />
        }
      >
        <LoadedList
          data={overduePage}
          loading={t('list.loading')}
          isEmpty={() => overdue.length === 0}
          empty={<p className="muted">{allOverdue ? t('list.overdue.none') : t('list.overdue.noneRecent', { count: RECENT_WEEKS })}</p>}
        >
          {() => (
            <ul className="compact-list" aria-label={t('list.overdue.label')}>
              {overdue.map(({ referral, overdueDays }) => (
                <li key={referral.id} className="follow-up">
                  <span>
                    <Badge tone="danger">{t('list.overdue.days', { count: overdueDays })}</Badge>{' '}
                    <Link to={`/referrals/${referral.id}`}>
                      {serviceNames.has(referral.serviceId) ? (
                        <Trans
                          t={t}
                          i18nKey="list.overdue.who"
                          values={{ client: who(referral.clientId), service: serviceNames.get(referral.serviceId) }}
                          components={{ client: <bdi />, service: <bdi /> }}
                        />
                      ) : (
                        <Trans t={t} i18nKey="list.overdue.whoNoService" values={{ client: who(referral.clientId) }} components={{ client: <bdi /> }} />
                      )}
                    </Link>{' '}
                    <span className="muted">· {t(`status.${referral.status}`)}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </LoadedList>
        {overduePage && overdue.length > 0 && overdueTotal !== undefined ? (
          <Pager
            label={t('list.overdue.pages')}
            offset={overduePage.offset}
            pageSize={OVERDUE_PER_PAGE}
            shown={overdue.length}
            total={overdueTotal}
            onOffset={setOverdueOffset}
          />
        ) : null}
      </Panel>
      <Panel
        title={t('list.all.title')}
        flush
        aside={
          <Segmented
            label={t('list.all.which')}
            options={[
              { value: true, label: t('list.all.open') },
              { value: false, label: t('list.all.all') },
            ]}
            value={openOnly}
            onChange={choose}
          />
        }
      >
        <LoadedList
          data={listed}
          loading={t('list.loading')}
          // Nothing at all, not even a restricted person's (those are counted, never listed).
          isEmpty={(loaded) => loaded.total === 0 && !leftOut && (!openOnly || referralCount === 0)}
          empty={
            <EmptyState title={t('list.empty.title')}>
              <Trans t={t} i18nKey="list.empty.body" components={{ settings: <Link to="/settings" /> }} />
            </EmptyState>
          }
        >
          {(loaded) => (
            <>
              {loaded.rows.length > 0 || (loaded.total ?? 0) > 0 ? (
                <>
                  <DataTable caption={t('list.title')} columns={columns} rows={loaded.rows} rowKey={(r) => r.id} />
                  {/* The total is counted after the rows: the pager follows them. */}
                  {loaded.total !== undefined ? (
                    <Pager label={t('list.all.pages')} offset={loaded.offset} pageSize={PAGE_SIZE} shown={loaded.rows.length} total={loaded.total} onOffset={setOffset} />
                  ) : null}
                </>
              ) : !leftOut ? (
                <p className="muted panel-note">{t('list.all.noneOpen')}</p>
              ) : null}
              {/* Not "no referral in hand" when a restricted person's are: say how many are not listed. */}
              {leftOut ? <p className="muted panel-note">{t('list.all.restrictedLeftOut', { count: leftOut })}</p> : null}
            </>
          )}
        </LoadedList>
      </Panel>
    </>
  );
}
