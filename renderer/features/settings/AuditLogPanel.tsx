/** What was exported, imported, loaded or removed, and when: never who it was about. */
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/schemas';
import { useAuditLog } from '../../data';
import { useFormat } from '../../i18n/format';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Panel } from '../../ui/Panel';
import { useAuditWords } from './audit-words';

export function AuditLogPanel() {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const words = useAuditWords();
  const entries = useAuditLog();
  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('audit.when'), cell: (e) => format.dateTime(e.at) },
    { key: 'action', header: t('audit.what'), cell: (e) => words.action(e.action) },
    { key: 'detail', header: t('audit.details'), cell: (e) => <span className="muted">{words.detail(e.detail)}</span> },
  ];
  return (
    <Panel title={t('audit.title')} flush>
      {entries === undefined ? null : entries.length === 0 ? (
        <EmptyState title={t('audit.emptyTitle')}>{t('audit.emptyBody')}</EmptyState>
      ) : (
        <DataTable caption={t('audit.title')} columns={columns} rows={entries} rowKey={(e) => e.id} />
      )}
    </Panel>
  );
}
