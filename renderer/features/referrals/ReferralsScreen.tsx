/**
 * Referrals: the overdue ones first (follow-up date passed with no outcome), then every
 * referral, newest first, and the way to the services directory.
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { overdueReferrals, OPEN_REFERRAL_STATUSES } from '../../../shared/referrals/transitions';
import type { Referral } from '../../../shared/schemas';
import { useClientDirectory, useReferrals, useServices, useSettings } from '../../data';
import { formatShortDate, localToday } from '../../format/dates';
import { REFERRAL_STATUS } from '../../format/labels';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import type { Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { VirtualTable } from '../../ui/VirtualTable';
import { plural } from '../../../shared/plural';

/** Enough to act on today without pushing the full list off the screen. */
const OVERDUE_SHOWN = 6;

export function ReferralsScreen() {
  const referrals = useReferrals();
  const services = useServices();
  const settings = useSettings();
  const directory = useClientDirectory();
  const [openOnly, setOpenOnly] = useState(true);
  const [allOverdue, setAllOverdue] = useState(false);
  const today = localToday();
  const serviceNames = useMemo(() => new Map((services ?? []).map((s) => [s.id, s.name])), [services]);
  const categories = useMemo(() => new Map((settings?.issueCategories ?? []).map((c) => [c.id, c.label])), [settings]);
  const who = (clientId: string) => directory?.nameOf(clientId) ?? '…';
  const overdue = referrals ? overdueReferrals(referrals, today) : [];
  const listed = (referrals ?? []).filter((r) => !openOnly || r.status === 'draft' || OPEN_REFERRAL_STATUSES.includes(r.status));

  const columns: Column<Referral>[] = [
    { key: 'date', header: 'Date', width: '110px', cell: (r) => <Link to={`/referrals/${r.id}`}>{formatShortDate(r.date)}</Link> },
    { key: 'client', header: 'Client', width: '22%', cell: (r) => <bdi>{who(r.clientId)}</bdi> },
    { key: 'service', header: 'Service', width: '26%', cell: (r) => serviceNames.get(r.serviceId) ?? '–' },
    { key: 'reason', header: 'Reason', cell: (r) => categories.get(r.reasonCategory) ?? r.reasonCategory },
    { key: 'status', header: 'Status', width: '130px', cell: (r) => <Badge tone={REFERRAL_STATUS[r.status].tone}>{REFERRAL_STATUS[r.status].label}</Badge> },
  ];

  return (
    <>
      <PageHeader
        title="Referrals"
        lede="Where people were sent, and whether it worked out."
        actions={
          <>
            <Link className="button button--secondary" to="/referrals/services">
              Services directory
            </Link>
            <Link className="button button--primary" to="/referrals/new">
              New referral
            </Link>
          </>
        }
      />
      <Panel title="Overdue">
        {overdue.length === 0 ? (
          <p className="muted">No referral is past its follow-up date.</p>
        ) : (
          <ul className="compact-list" aria-label="Overdue referrals">
            {(allOverdue ? overdue : overdue.slice(0, OVERDUE_SHOWN)).map(({ referral, overdueDays }) => (
              <li key={referral.id} className="follow-up">
                <span>
                  <Badge tone="danger">{`${plural(overdueDays, 'day')} overdue`}</Badge>{' '}
                  <Link to={`/referrals/${referral.id}`}>
                    <bdi>{who(referral.clientId)}</bdi> to {serviceNames.get(referral.serviceId) ?? 'a service'}
                  </Link>{' '}
                  <span className="muted">· {REFERRAL_STATUS[referral.status].label}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
        {overdue.length > OVERDUE_SHOWN ? (
          <Button variant="quiet" className="overdue-more" onClick={() => setAllOverdue(!allOverdue)}>
            {allOverdue ? 'Show fewer' : `Show all ${overdue.length} overdue`}
          </Button>
        ) : null}
      </Panel>
      <Panel
        title="All referrals"
        flush
        aside={
          <div className="segmented" role="group" aria-label="Which referrals">
            <Button variant={openOnly ? 'primary' : 'secondary'} aria-pressed={openOnly} onClick={() => setOpenOnly(true)}>
              Open
            </Button>
            <Button variant={openOnly ? 'secondary' : 'primary'} aria-pressed={!openOnly} onClick={() => setOpenOnly(false)}>
              All
            </Button>
          </div>
        }
      >
        {referrals === undefined ? null : referrals.length === 0 ? (
          <EmptyState title="No referrals yet.">
            Referrals are made from a client’s page. Load the demo data from <Link to="/settings">Settings</Link> to see some.
          </EmptyState>
        ) : (
          <VirtualTable caption="Referrals" columns={columns} rows={listed} rowKey={(r) => r.id} />
        )}
      </Panel>
    </>
  );
}
