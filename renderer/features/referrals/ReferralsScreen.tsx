/**
 * Referrals: the overdue ones first (follow-up date passed with no outcome), then every
 * referral, newest first, and the way to the services directory.
 */
import { useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { overdueReferrals, OPEN_REFERRAL_STATUSES } from '../../../shared/referrals/transitions';
import type { Referral } from '../../../shared/schemas';
import { useClientDirectory, useReferrals, useServices, useSettings } from '../../data';
import { localToday } from '../../format/dates';
import { REFERRAL_STATUS } from '../../format/labels';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import type { Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { UserText } from '../../ui/UserText';
import { VirtualTable } from '../../ui/VirtualTable';
import { useFormat } from '../../i18n/format';
import { categoriesIn } from './category-words';

/** Enough to act on today without pushing the full list off the screen. */
const OVERDUE_SHOWN = 6;

export function ReferralsScreen() {
  const { t } = useTranslation('referrals');
  const { t: advice } = useTranslation('advice');
  const format = useFormat();
  const referrals = useReferrals();
  const services = useServices();
  const settings = useSettings();
  const directory = useClientDirectory();
  const [openOnly, setOpenOnly] = useState(true);
  const [allOverdue, setAllOverdue] = useState(false);
  const today = localToday();
  const serviceNames = useMemo(() => new Map((services ?? []).map((s) => [s.id, s.name])), [services]);
  const categories = useMemo(() => new Map(categoriesIn(settings?.issueCategories ?? [], advice).map((c) => [c.id, c.label])), [settings, advice]);
  const who = (clientId: string) => directory?.nameOf(clientId) ?? '…';
  const overdue = referrals ? overdueReferrals(referrals, today) : [];
  const listed = (referrals ?? []).filter((r) => !openOnly || r.status === 'draft' || OPEN_REFERRAL_STATUSES.includes(r.status));

  const columns: Column<Referral>[] = [
    { key: 'date', header: t('list.columns.date'), width: '110px', cell: (r) => <Link to={`/referrals/${r.id}`}>{format.date(r.date, 'medium')}</Link> },
    { key: 'client', header: t('list.columns.client'), width: '22%', cell: (r) => <UserText>{who(r.clientId)}</UserText> },
    { key: 'service', header: t('list.columns.service'), width: '26%', cell: (r) => <UserText>{serviceNames.get(r.serviceId) ?? '–'}</UserText> },
    { key: 'reason', header: t('list.columns.reason'), cell: (r) => <UserText>{categories.get(r.reasonCategory) ?? r.reasonCategory}</UserText> },
    { key: 'status', header: t('list.columns.status'), width: '130px', cell: (r) => <Badge tone={REFERRAL_STATUS[r.status].tone}>{t(`status.${r.status}`)}</Badge> },
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
      <Panel title={t('list.overdue.title')}>
        {overdue.length === 0 ? (
          <p className="muted">{t('list.overdue.none')}</p>
        ) : (
          <ul className="compact-list" aria-label={t('list.overdue.label')}>
            {(allOverdue ? overdue : overdue.slice(0, OVERDUE_SHOWN)).map(({ referral, overdueDays }) => (
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
        {overdue.length > OVERDUE_SHOWN ? (
          <Button variant="quiet" className="overdue-more" onClick={() => setAllOverdue(!allOverdue)}>
            {allOverdue ? t('list.overdue.fewer') : t('list.overdue.all', { count: overdue.length })}
          </Button>
        ) : null}
      </Panel>
      <Panel
        title={t('list.all.title')}
        flush
        aside={
          <div className="segmented" role="group" aria-label={t('list.all.which')}>
            <Button variant={openOnly ? 'primary' : 'secondary'} aria-pressed={openOnly} onClick={() => setOpenOnly(true)}>
              {t('list.all.open')}
            </Button>
            <Button variant={openOnly ? 'secondary' : 'primary'} aria-pressed={!openOnly} onClick={() => setOpenOnly(false)}>
              {t('list.all.all')}
            </Button>
          </div>
        }
      >
        {referrals === undefined ? null : referrals.length === 0 ? (
          <EmptyState title={t('list.empty.title')}>
            <Trans t={t} i18nKey="list.empty.body" components={{ settings: <Link to="/settings" /> }} />
          </EmptyState>
        ) : (
          <VirtualTable caption={t('list.title')} columns={columns} rows={listed} rowKey={(r) => r.id} />
        )}
      </Panel>
    </>
  );
}
