/**
 * Settings → Restricted records: every restricted record by reference and the date it was
 * restricted, with no name or detail. Search and the forum-wide lists leave a restricted
 * person out, so this is how a volunteer who may lift a restriction reaches their page
 * (to lift it, export their data or erase them); opening that page is audited as any
 * opening of a client's record.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { restrictedRecords, useClientDirectory, type RestrictedRecord } from '../../data';
import { useFormat } from '../../i18n';
import { DataTable, type Column } from '../../ui/DataTable';
import { Panel } from '../../ui/Panel';

export function RestrictedRecordsPanel() {
  const { t } = useTranslation('privacy');
  const format = useFormat();
  const directory = useClientDirectory();
  const records = useMemo(() => (directory ? restrictedRecords(directory) : undefined), [directory]);
  const columns: Column<RestrictedRecord>[] = [
    { key: 'ref', header: t('restrictedRecords.column.ref'), cell: (r) => <Link to={`/clients/${r.clientId}`}>{r.ref}</Link> },
    { key: 'since', header: t('restrictedRecords.column.since'), cell: (r) => format.date(r.since) },
    { key: 'reason', header: t('restrictedRecords.column.reason'), cell: (r) => t(`restrictedRecords.reason.${r.reason}`) },
  ];
  return (
    <Panel title={t('restrictedRecords.title')}>
      <p>{t('restrictedRecords.explain')}</p>
      {records === undefined ? (
        <p className="muted" role="status">
          {t('restrictedRecords.loading')}
        </p>
      ) : records.length === 0 ? (
        <p>{t('restrictedRecords.none')}</p>
      ) : (
        <DataTable caption={t('restrictedRecords.caption', { count: records.length })} columns={columns} rows={records} rowKey={(r) => r.clientId} />
      )}
    </Panel>
  );
}
