/**
 * An audit entry's details in words: a write's tables and counts, a file's kind, and the
 * other facts named as Settings names them (renderer/features/settings/audit-words.ts).
 * Codes and numbers only, never personal values.
 */
import { useTranslation } from 'react-i18next';
import { EXPORT_KINDS, type AuditEntry, type ExportKind } from '../../../shared/schemas';
import { useFormat } from '../../i18n';
import { useAuditWords } from '../settings/audit-words';

function isExportKind(value: unknown): value is ExportKind {
  return typeof value === 'string' && (EXPORT_KINDS as readonly string[]).includes(value);
}

export function AuditDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('privacy');
  const format = useFormat();
  const words = useAuditWords();
  const parts: string[] = [];
  const rest: AuditEntry['detail'] = {};
  for (const [key, value] of Object.entries(entry.detail)) {
    const [table, op] = key.split(':');
    if (entry.action === 'write' && table && (op === 'put' || op === 'delete') && typeof value === 'number') {
      parts.push(t('audit.detail.change', { table, op, count: value }));
    } else if (key === 'kind' && isExportKind(value)) {
      parts.push(t(`audit.detail.kinds.${value}`));
    } else {
      rest[key] = value;
    }
  }
  if (Object.keys(rest).length > 0) parts.push(words.detail(rest));
  return <span className="muted">{format.list(parts, 'unit')}</span>;
}
