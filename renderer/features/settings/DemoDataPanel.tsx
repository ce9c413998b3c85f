/**
 * Load a realistic made-up forum to try Signpost, and remove it again. Removing asks first
 * and deletes only demo records: anything the forum entered itself stays.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTED_TABLES, loadDemoData, removeDemoData, useDemoDataLoaded, useTableCounts, type DemoRemoval } from '../../data';
import { useFormat } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { refusalMessage } from '../../ui/form-errors';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DataTable, type Column } from '../../ui/DataTable';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';

export function DemoDataPanel() {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const loaded = useDemoDataLoaded();
  const counts = useTableCounts();
  const status = useStatus();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  /** "Demo data removed", and which made-up records stayed because the forum's own records use them. */
  const removalMessage = ({ kept }: DemoRemoval): string => {
    const stayed = COUNTED_TABLES.filter((table) => kept[table] > 0).map((table) => t(`demo.count.${table}`, { count: kept[table] }));
    return stayed.length === 0 ? t('demo.removed') : t('demo.removedKept', { kept: format.list(stayed) });
  };

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
    { key: 'table', header: t('demo.records'), cell: (r) => t(`demo.table.${r.table}`) },
    { key: 'count', header: t('demo.stored'), numeric: true, cell: (r) => format.number(r.count) },
  ];

  return (
    <Panel title={t('demo.title')}>
      <p>{t('demo.intro')}</p>
      <div className="form__actions">
        <Button variant="primary" disabled={busy || loaded !== false} onClick={() => void run(() => loadDemoData(), () => t('demo.loaded'))}>
          {t('demo.load')}
        </Button>
        <Button variant="danger" disabled={busy || loaded !== true} onClick={() => setConfirming(true)}>
          {t('demo.remove')}
        </Button>
      </div>
      <DataTable caption={t('demo.tableCaption')} columns={columns} rows={rows} rowKey={(r) => r.table} />
      <ConfirmDialog
        open={confirming}
        title={t('demo.confirmTitle')}
        confirmLabel={t('demo.remove')}
        destructive
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void run(() => removeDemoData(), removalMessage);
        }}
      >
        <p>{t('demo.confirmBody')}</p>
      </ConfirmDialog>
    </Panel>
  );
}
