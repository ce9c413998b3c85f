/** The row-by-row report of a client import: what will be imported, what is a duplicate, what is refused and why. */
import type { ClientImportLine } from '../../../../shared/imports/client-import';
import { format } from '../../../i18n/format';
import { Badge } from '../../../ui/Badge';
import type { Column } from '../../../ui/DataTable';
import { VirtualTable } from '../../../ui/VirtualTable';
import { wordMessage } from '../../../i18n';

const OUTCOMES = {
  import: { label: 'Imported', tone: 'ok' },
  duplicate: { label: 'Duplicate', tone: 'warn' },
  refused: { label: 'Refused', tone: 'danger' },
} as const;

const columns: Column<ClientImportLine>[] = [
  { key: 'row', header: 'Row', width: '72px', numeric: true, cell: (l) => l.row },
  { key: 'name', header: 'Name', width: '28%', cell: (l) => <bdi>{l.name ?? '–'}</bdi> },
  { key: 'outcome', header: 'Outcome', width: '120px', cell: (l) => <Badge tone={OUTCOMES[l.outcome].tone}>{OUTCOMES[l.outcome].label}</Badge> },
  { key: 'message', header: 'Details', cell: (l) => (l.message ? wordMessage(l.message) : '–') },
];

export function ImportReport({ lines }: { lines: readonly ClientImportLine[] }) {
  const count = (outcome: ClientImportLine['outcome']) => format().number(lines.filter((l) => l.outcome === outcome).length);
  return (
    <>
      <p aria-label="Import summary">
        <strong>{count('import')}</strong> to import, <strong>{count('duplicate')}</strong> already registered,{' '}
        <strong>{count('refused')}</strong> refused.
      </p>
      <VirtualTable caption="Row by row" columns={columns} rows={lines} rowKey={(l) => String(l.row)} />
    </>
  );
}
