/**
 * Settings → Audit log, for the administrator: every write, every opening of a client's
 * record and every file that left the machine, newest first, a page at a time, filtered
 * by who, what and when. Entries hold ids, kinds and counts only, so nothing personal is
 * shown here; a client is named by a link to their record, never by name.
 */
import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AUDIT_ACTIONS, ERASED_SUBJECT, type AuditAction, type AuditEntry } from '../../../shared/schemas';
import { auditLogPage, useAuditUserNames, type AuditFilter } from '../../data';
import { useFormat } from '../../i18n';
import { useSignedInUser } from '../../security/session';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { DateField } from '../../ui/DateField';
import { EmptyState } from '../../ui/EmptyState';
import { Panel } from '../../ui/Panel';
import { isolate } from '../../ui/UserText';
import { AuditDetail } from './AuditDetail';

const PAGE_SIZE = 50;

export function AuditLogViewer() {
  const { t } = useTranslation('privacy');
  const format = useFormat();
  const me = useSignedInUser();
  // Who acted, by name: users are kept (disabled, never deleted), so every id has one.
  const users = useAuditUserNames();
  const nameOf = (id: string) => {
    const name = users?.find((u) => u.id === id)?.name;
    return name === undefined ? undefined : isolate(name);
  };
  const userId = useId();
  const kindId = useId();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(0);
  const result = useLiveQuery(() => auditLogPage(filter, page, PAGE_SIZE), [filter, page]);
  const change = (next: AuditFilter) => {
    setFilter(next);
    setPage(0);
  };

  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('audit.column.when'), cell: (e) => format.dateTime(e.at) },
    {
      key: 'who',
      header: t('audit.column.who'),
      cell: (e) => {
        if (e.actorId === undefined) return t('audit.nobody');
        const name = nameOf(e.actorId);
        if (e.actorId === me?.userId) return name ? t('audit.youNamed', { name, role: e.actorRole ?? 'unknown' }) : t('audit.you', { role: e.actorRole ?? 'unknown' });
        return name ? t('audit.named', { name, role: e.actorRole ?? 'unknown' }) : t('audit.someone', { role: e.actorRole ?? 'unknown' });
      },
    },
    { key: 'action', header: t('audit.column.what'), cell: (e) => t(`audit.actions.${e.action}`) },
    {
      key: 'record',
      header: t('audit.column.record'),
      cell: (e) =>
        e.subjectId === undefined ? null : e.subjectId === ERASED_SUBJECT ? (
          t('audit.erasedRecord')
        ) : (
          <Link to={`/clients/${e.subjectId}`}>{t('audit.clientRecord')}</Link>
        ),
    },
    { key: 'detail', header: t('audit.column.detail'), cell: (e) => <AuditDetail entry={e} /> },
  ];

  return (
    <Panel title={t('audit.title')} flush>
      <div className="audit-filters" role="group" aria-label={t('audit.filters')}>
        <div className="field">
          <label className="field__label" htmlFor={userId}>
            {t('audit.filter.user')}
          </label>
          <select
            id={userId}
            className="input"
            value={filter.actorId ?? ''}
            onChange={(event) => change({ ...filter, actorId: event.target.value || undefined })}
          >
            <option value="">{t('audit.filter.everyone')}</option>
            <option value="nobody">{t('audit.nobody')}</option>
            {(users ?? []).map((user) => (
              <option key={user.id} value={user.id}>
                {user.id === me?.userId ? t('audit.youNamed', { name: isolate(user.name), role: user.role }) : t('audit.named', { name: isolate(user.name), role: user.role })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={kindId}>
            {t('audit.filter.kind')}
          </label>
          <select
            id={kindId}
            className="input"
            value={filter.action ?? ''}
            onChange={(event) => change({ ...filter, action: (event.target.value || undefined) as AuditAction | undefined })}
          >
            <option value="">{t('audit.filter.everything')}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`audit.actions.${action}`)}
              </option>
            ))}
          </select>
        </div>
        <DateField label={t('audit.filter.from')} value={filter.from} onChange={(from) => change({ ...filter, from: from || undefined })} />
        <DateField label={t('audit.filter.to')} value={filter.to} onChange={(to) => change({ ...filter, to: to || undefined })} />
      </div>
      {result === undefined ? null : result.entries.length === 0 ? (
        <EmptyState title={t('audit.empty')}>{t('audit.emptyHint')}</EmptyState>
      ) : (
        <DataTable caption={t('audit.caption', { page: page + 1 })} columns={columns} rows={result.entries} rowKey={(e) => e.id} />
      )}
      <div className="audit-pages" role="group" aria-label={t('audit.pages')}>
        <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
          {t('audit.newer')}
        </Button>
        <span>{t('audit.page', { page: page + 1 })}</span>
        <Button disabled={!result?.more} onClick={() => setPage(page + 1)}>
          {t('audit.older')}
        </Button>
      </div>
    </Panel>
  );
}
