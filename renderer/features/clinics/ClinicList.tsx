/** The forum's clinics with their schedules; each can be edited. */
import { Link } from 'react-router';
import { describeRule } from '../../../shared/schedule/recurrence';
import type { Clinic } from '../../../shared/schemas';
import { CLINIC_KIND_LABELS } from '../../format/labels';
import { Badge } from '../../ui/Badge';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';

const columns: Column<Clinic>[] = [
  { key: 'name', header: 'Clinic', cell: (c) => <strong>{c.name}</strong> },
  { key: 'kind', header: 'Kind', cell: (c) => CLINIC_KIND_LABELS[c.kind] },
  { key: 'schedule', header: 'When', cell: (c) => `${describeRule(c.rrule)}, ${c.openTime}–${c.closeTime}` },
  { key: 'venue', header: 'Venue', cell: (c) => c.venue ?? '–' },
  { key: 'active', header: 'Status', cell: (c) => (c.active ? <Badge tone="ok">Running</Badge> : <Badge>Paused</Badge>) },
  {
    key: 'edit',
    header: '',
    cell: (c) => (
      <Link to={`/clinics/${c.id}/edit`} aria-label={`Edit ${c.name}`}>
        Edit
      </Link>
    ),
  },
];

export function ClinicList({ clinics }: { clinics: Clinic[] | undefined }) {
  if (clinics === undefined) return null;
  if (clinics.length === 0) {
    return (
      <EmptyState title="No clinics yet.">
        Set up your drop-in, job club and specialist clinics with “New clinic”, or load the demo data from{' '}
        <Link to="/settings">Settings</Link>.
      </EmptyState>
    );
  }
  return <DataTable caption="Clinics" columns={columns} rows={clinics} rowKey={(c) => c.id} />;
}
