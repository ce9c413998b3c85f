/** The forum's clinics with their schedules, and the sessions of the coming week. */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { addDays } from '../../../shared/schedule/dates';
import { describeRule } from '../../../shared/schedule/recurrence';
import type { Clinic, Session } from '../../../shared/schemas';
import { useClinics, useSessionsBetween } from '../../data';
import { formatShortDate, localToday } from '../../format/dates';
import { CLINIC_KIND_LABELS } from '../../format/labels';
import { Badge } from '../../ui/Badge';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';

const clinicColumns: Column<Clinic>[] = [
  { key: 'name', header: 'Clinic', cell: (c) => <strong>{c.name}</strong> },
  { key: 'kind', header: 'Kind', cell: (c) => CLINIC_KIND_LABELS[c.kind] },
  { key: 'schedule', header: 'When', cell: (c) => `${describeRule(c.rrule)}, ${c.openTime}–${c.closeTime}` },
  { key: 'venue', header: 'Venue', cell: (c) => c.venue ?? '–' },
  { key: 'active', header: 'Status', cell: (c) => (c.active ? <Badge tone="ok">Running</Badge> : <Badge>Paused</Badge>) },
];

export function ClinicsScreen() {
  const clinics = useClinics();
  const today = localToday();
  const sessions = useSessionsBetween(today, addDays(today, 6));
  const names = useMemo(() => new Map((clinics ?? []).map((c) => [c.id, c.name])), [clinics]);
  const sessionColumns: Column<Session>[] = [
    { key: 'date', header: 'Date', cell: (s) => formatShortDate(s.date) },
    { key: 'time', header: 'Time', cell: (s) => `${s.startTime}–${s.endTime}` },
    { key: 'clinic', header: 'Clinic', cell: (s) => names.get(s.clinicId) ?? '–' },
    {
      key: 'status',
      header: 'Status',
      cell: (s) => (s.status === 'cancelled' ? <Badge tone="danger">Cancelled{s.cancelReason ? `: ${s.cancelReason}` : ''}</Badge> : <Badge tone="info">Scheduled</Badge>),
    },
  ];
  return (
    <>
      <PageHeader title="Clinics & appointments" lede="The forum’s regular clinics and the sessions coming up." />
      <Panel title="Clinics" flush>
        {clinics === undefined ? null : clinics.length === 0 ? (
          <EmptyState title="No clinics yet.">
            Load the demo data from <Link to="/settings">Settings</Link>, or set up your drop-in, job club and specialist clinics.
          </EmptyState>
        ) : (
          <DataTable caption="Clinics" columns={clinicColumns} rows={clinics} rowKey={(c) => c.id} />
        )}
      </Panel>
      <Panel title="The next seven days" flush>
        {sessions === undefined ? null : sessions.length === 0 ? (
          <EmptyState title="No sessions in the next seven days." />
        ) : (
          <DataTable caption="Sessions in the next seven days" columns={sessionColumns} rows={sessions} rowKey={(s) => s.id} />
        )}
      </Panel>
    </>
  );
}
