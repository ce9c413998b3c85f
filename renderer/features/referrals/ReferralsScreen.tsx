/** Referrals and their states, and the local services directory people are referred to. */
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Referral, Service } from '../../../shared/schemas';
import { useReferrals, useServices, useSettings } from '../../data';
import { formatShortDate, localToday } from '../../format/dates';
import { REFERRAL_STATUS } from '../../format/labels';
import { ExternalLink } from '../../platform/ExternalLink';
import { Badge } from '../../ui/Badge';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { VirtualTable } from '../../ui/VirtualTable';

const CLOSED = new Set(['declined', 'completed', 'no-contact']);

export function ReferralsScreen() {
  const referrals = useReferrals();
  const services = useServices();
  const settings = useSettings();
  const today = localToday();
  const serviceNames = useMemo(() => new Map((services ?? []).map((s) => [s.id, s.name])), [services]);
  const categories = useMemo(() => new Map((settings?.issueCategories ?? []).map((c) => [c.id, c.label])), [settings]);

  const referralColumns: Column<Referral>[] = [
    { key: 'date', header: 'Date', width: '120px', cell: (r) => formatShortDate(r.date) },
    { key: 'service', header: 'Service', width: '32%', cell: (r) => serviceNames.get(r.serviceId) ?? '–' },
    { key: 'reason', header: 'Reason', cell: (r) => categories.get(r.reasonCategory) ?? r.reasonCategory },
    { key: 'status', header: 'Status', width: '140px', cell: (r) => <Badge tone={REFERRAL_STATUS[r.status].tone}>{REFERRAL_STATUS[r.status].label}</Badge> },
    {
      key: 'due',
      header: 'Follow up by',
      width: '140px',
      cell: (r) =>
        r.followUpDue && !CLOSED.has(r.status) ? (
          r.followUpDue < today ? <Badge tone="danger">Overdue {formatShortDate(r.followUpDue)}</Badge> : formatShortDate(r.followUpDue)
        ) : null,
    },
  ];
  const serviceColumns: Column<Service>[] = [
    {
      key: 'name',
      header: 'Service',
      cell: (s) => (
        <>
          <strong>{s.name}</strong>
          {s.organisation ? <div className="muted">{s.organisation}</div> : null}
        </>
      ),
    },
    { key: 'phone', header: 'Phone', cell: (s) => s.phone ?? '–' },
    { key: 'website', header: 'Website', cell: (s) => (s.website ? <ExternalLink url={s.website}>{hostOf(s.website)}</ExternalLink> : '–') },
    { key: 'active', header: 'Status', cell: (s) => (s.active ? <Badge tone="ok">Active</Badge> : <Badge>Inactive</Badge>) },
  ];

  return (
    <>
      <PageHeader title="Referrals" lede="Where people were sent, and whether it worked out." />
      <Panel title="Referrals" flush>
        {referrals === undefined ? null : referrals.length === 0 ? (
          <EmptyState title="No referrals yet.">
            Referrals are made from a client’s page. Load the demo data from <Link to="/settings">Settings</Link> to see some.
          </EmptyState>
        ) : (
          <VirtualTable caption="Referrals" columns={referralColumns} rows={referrals} rowKey={(r) => r.id} />
        )}
      </Panel>
      <Panel title="Services directory" flush>
        {services === undefined ? null : services.length === 0 ? (
          <EmptyState title="No services in the directory yet." />
        ) : (
          <DataTable caption="Services directory" columns={serviceColumns} rows={services} rowKey={(s) => s.id} />
        )}
      </Panel>
    </>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
