/**
 * The activity log's details in words: each fact an entry keeps (a table, a count, a
 * period, whether a backup was encrypted) is stored under a plain key, so it is named and
 * its value formatted here, in the chosen language. A key this list does not know yet is
 * shown as stored, so nothing recorded is ever hidden.
 */
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/schemas';
import { DATASET_TABLES, type DatasetTable } from '../../../shared/demo/dataset';
import { useFormat } from '../../i18n/format';

const NAMED = [
  'table', 'where', 'encrypted', 'records', 'backupMadeAt', 'from', 'to', 'formats', 'threshold', 'rounding', 'oneClinic',
  'format', 'encoding', 'imported', 'duplicates', 'refused', 'created', 'updated', 'unchanged',
] as const;
type Named = (typeof NAMED)[number];

const isNamed = (key: string): key is Named => (NAMED as readonly string[]).includes(key);
const isTable = (key: string): key is DatasetTable => (DATASET_TABLES as readonly string[]).includes(key);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

type Value = AuditEntry['detail'][string];

export function useAuditWords() {
  const { t } = useTranslation('settings');
  const { t: privacy } = useTranslation('privacy');
  const format = useFormat();

  const tableName = (table: string) => (isTable(table) ? t(`demo.table.${table}`) : table);

  const valueWords = (key: string, value: Value): string => {
    if (typeof value === 'boolean') return value ? t('audit.detail.yes') : t('audit.detail.no');
    if (typeof value === 'number') return format.number(value);
    if (Array.isArray(value)) return format.list(value.map((item) => (key === 'formats' ? item.toUpperCase() : item)));
    if (key === 'table') return tableName(value);
    if (key === 'where' && (value === 'folder' || value === 'download')) return t(`audit.where.${value}`);
    if (key === 'format') return value.toUpperCase();
    if (ISO_DATE.test(value)) return format.date(value, 'medium');
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return format.dateTime(value);
    return value;
  };

  const nameWords = (key: string): string => {
    if (isNamed(key)) return t(`audit.detail.${key}`);
    if (isTable(key)) return t(`demo.table.${key}`);
    const kept = /^kept (\w+)$/.exec(key)?.[1];
    if (kept && isTable(kept)) return t('audit.detail.kept', { table: t(`demo.table.${kept}`) });
    return key;
  };

  return {
    // Every kind of entry, the audit log's own included, is named in the privacy catalogue.
    action: (action: AuditEntry['action']) => privacy(`audit.actions.${action}`),
    /** "Table: Clients · Encrypted: no": every fact of the entry, in stored order. */
    detail: (detail: AuditEntry['detail']): string =>
      Object.entries(detail)
        .map(([key, value]) => t('audit.detail.pair', { name: nameWords(key), value: valueWords(key, value) }))
        .join(' · '),
  };
}
