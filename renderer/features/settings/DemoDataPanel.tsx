/**
 * Load a realistic made-up forum to try Signpost, and remove it again. Removing asks first
 * and deletes only demo records: anything the forum entered itself stays.
 */
import { useState } from 'react';
import { COUNTED_TABLES, loadDemoData, removeDemoData, useDemoDataLoaded, useTableCounts, type CountedTable, type DemoRemoval } from '../../data';
import { format } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { refusalMessage } from '../../ui/form-errors';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DataTable, type Column } from '../../ui/DataTable';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';

const TABLE_LABELS: Record<CountedTable, string> = {
  clients: 'Clients',
  clinics: 'Clinics',
  sessions: 'Sessions',
  appointments: 'Appointments',
  adviceEntries: 'Advice log entries',
  services: 'Services',
  referrals: 'Referrals',
  volunteers: 'Volunteers',
  shifts: 'Shifts',
};

/** "Demo data removed", and which made-up records stayed because the forum's own records use them. */
function removalMessage({ kept }: DemoRemoval): string {
  const stayed = COUNTED_TABLES.filter((table) => kept[table] > 0).map((table) => `${TABLE_LABELS[table].toLowerCase()} ${kept[table]}`);
  if (stayed.length === 0) return 'Demo data removed';
  return `Demo data removed. Kept the demo records your own records use (${stayed.join(', ')}).`;
}

export function DemoDataPanel() {
  const loaded = useDemoDataLoaded();
  const counts = useTableCounts();
  const status = useStatus();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const run = async <T,>(action: () => Promise<T>, done: (result: T) => string) => {
    setBusy(true);
    try {
      status.say(done(await action()));
    } catch (error) {
      // refusalMessage words a full disk, a refusal and anything else plainly: never a raw error.
      status.error(refusalMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const rows = COUNTED_TABLES.map((table) => ({ table, count: counts?.[table] ?? 0 }));
  const columns: Column<(typeof rows)[number]>[] = [
    { key: 'table', header: 'Records', cell: (r) => TABLE_LABELS[r.table] },
    { key: 'count', header: 'Stored', numeric: true, cell: (r) => format().number(r.count) },
  ];

  return (
    <Panel title="Demo data">
      <p>
        Try Signpost with a made-up forum: invented clients, clinics, advice and a volunteer rota. Remove it before you start
        entering real people; your own records are never touched.
      </p>
      <div className="form__actions">
        <Button variant="primary" disabled={busy || loaded !== false} onClick={() => void run(() => loadDemoData(), () => 'Demo data loaded')}>
          Load demo data
        </Button>
        <Button variant="danger" disabled={busy || loaded !== true} onClick={() => setConfirming(true)}>
          Remove demo data
        </Button>
      </div>
      <DataTable caption="Records stored on this computer" columns={columns} rows={rows} rowKey={(r) => r.table} />
      <ConfirmDialog
        open={confirming}
        title="Remove the demo data?"
        confirmLabel="Remove demo data"
        destructive
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void run(() => removeDemoData(), removalMessage);
        }}
      >
        <p>
          Every made-up record is deleted. Records your forum entered itself stay as they are, and so does any made-up record
          they use (a session one of your clients is booked into, a service you referred someone to).
        </p>
      </ConfirmDialog>
    </Panel>
  );
}
