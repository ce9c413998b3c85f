/** What was exported, imported, loaded or removed, and when: never who it was about. */
import type { AuditEntry } from '../../../shared/schemas';
import { useAuditLog } from '../../data';
import { formatDateTime } from '../../format/dates';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Panel } from '../../ui/Panel';

const ACTION_LABELS: Record<AuditEntry['action'], string> = {
  'export-report': 'Report exported',
  'export-client-data': 'Client’s own data exported',
  'erase-client': 'Client erased',
  'import-directory': 'Services directory imported',
  'load-demo-data': 'Demo data loaded',
  'remove-demo-data': 'Demo data removed',
  print: 'Printed',
  'import-clients': 'Clients imported from a spreadsheet',
  'export-record': 'Record needing attention saved to a file',
  'fix-record': 'Record needing attention corrected',
  'make-backup': 'Backup made',
  'restore-backup': 'Backup restored',
};

function describe(detail: AuditEntry['detail']): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join(' · ');
}

const columns: Column<AuditEntry>[] = [
  { key: 'at', header: 'When', cell: (e) => formatDateTime(e.at) },
  { key: 'action', header: 'What', cell: (e) => ACTION_LABELS[e.action] },
  { key: 'detail', header: 'Details', cell: (e) => <span className="muted">{describe(e.detail)}</span> },
];

export function AuditLogPanel() {
  const entries = useAuditLog();
  return (
    <Panel title="Export and activity log" flush>
      {entries === undefined ? null : entries.length === 0 ? (
        <EmptyState title="Nothing recorded yet.">Exports, imports and demo data changes are listed here.</EmptyState>
      ) : (
        <DataTable caption="Export and activity log" columns={columns} rows={entries} rowKey={(e) => e.id} />
      )}
    </Panel>
  );
}
