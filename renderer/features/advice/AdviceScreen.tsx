/** Advice log entries of the last 90 days: what people needed help with and what was done. */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { addDays } from '../../../shared/schedule/dates';
import type { AdviceEntry } from '../../../shared/schemas';
import { useAdviceEntriesBetween, useClientDirectory, useSettings } from '../../data';
import { formatShortDate, localToday } from '../../format/dates';
import { OUTCOME_LABELS } from '../../format/labels';
import { Badge } from '../../ui/Badge';
import type { Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { VirtualTable } from '../../ui/VirtualTable';
import { FollowUpsPanel } from './FollowUpsPanel';

export function AdviceScreen() {
  const today = localToday();
  const entries = useAdviceEntriesBetween(addDays(today, -90), today);
  const settings = useSettings();
  const directory = useClientDirectory();
  const labels = useMemo(() => new Map((settings?.issueCategories ?? []).map((c) => [c.id, c.label])), [settings]);
  const sorted = useMemo(() => [...(entries ?? [])].sort((a, b) => b.date.localeCompare(a.date)), [entries]);
  const columns: Column<AdviceEntry>[] = [
    { key: 'date', header: 'Date', width: '120px', cell: (e) => <Link to={`/advice/${e.id}/edit`}>{formatShortDate(e.date)}</Link> },
    {
      key: 'client',
      header: 'Client',
      width: '20%',
      cell: (e) => (
        <Link to={`/clients/${e.clientId}`}>
          <bdi>{directory?.nameOf(e.clientId) ?? '…'}</bdi>
        </Link>
      ),
    },
    { key: 'categories', header: 'Issues', width: '28%', cell: (e) => e.categories.map((id) => labels.get(id) ?? id).join('; ') },
    { key: 'outcome', header: 'Outcome', cell: (e) => OUTCOME_LABELS[e.outcome] ?? e.outcome },
    { key: 'adviser', header: 'Adviser', cell: (e) => e.adviserName },
    { key: 'minutes', header: 'Minutes', width: '90px', numeric: true, cell: (e) => e.minutes },
    {
      key: 'follow-up',
      header: 'Follow-up',
      width: '140px',
      cell: (e) =>
        e.followUpDate && !e.followUpDone ? (
          <Badge tone={e.followUpDate < today ? 'danger' : 'warn'}>{formatShortDate(e.followUpDate)}</Badge>
        ) : null,
    },
  ];
  return (
    <>
      <PageHeader
        title="Advice log"
        lede="Conversations of the last 90 days, newest first. Notes stay private to the client’s record."
        actions={
          <Link className="button button--primary" to="/advice/new">
            Log advice
          </Link>
        }
      />
      <FollowUpsPanel />
      <Panel flush>
        {entries === undefined ? null : sorted.length === 0 ? (
          <EmptyState title="No advice logged in the last 90 days.">
            Advice is logged after a conversation with a client. Load the demo data from <Link to="/settings">Settings</Link> to see how it looks.
          </EmptyState>
        ) : (
          <VirtualTable caption="Advice log entries" columns={columns} rows={sorted} rowKey={(e) => e.id} />
        )}
      </Panel>
    </>
  );
}
