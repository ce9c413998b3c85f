/**
 * Find anyone in seconds: search as you type over names in any script, phone and
 * reference number. With no search, everyone is listed (a virtualised list that stays
 * quick at 20,000 people). While the directory is still reading everyone, the first
 * people by reference are shown from the index, so the list is never blank.
 */
import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { Client } from '../../../shared/schemas';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClientDirectory, useDataMissing, useFirstClients } from '../../data';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { takeFocus } from '../../ui/take-focus';
import { VirtualTable } from '../../ui/VirtualTable';
import { MissingDataNotice } from '../backups/MissingDataNotice';
import { useClientColumns } from './client-columns';
import { useCan } from '../../security/permissions';

/** The search gives at most this many; a count that reaches it means there may be more. */
const SEARCH_LIMIT = 200;
/** Rows shown from the index before the directory is ready: more than a window's height. */
const FIRST_ROWS = 40;

export function ClientsScreen() {
  const { t } = useTranslation('clients');
  const directory = useClientDirectory();
  const missing = useDataMissing();
  const [query, setQuery] = useState('');
  const canRegister = useCan('clients.write');
  const deferred = useDeferredValue(query);
  const searching = deferred.trim().length > 0;
  const first = useFirstClients(FIRST_ROWS, directory === undefined);
  // Searched once per deferred query, not again when a key press re-renders the box.
  const rows = useMemo(
    () => (directory ? (searching ? directory.search(deferred) : directory.all) : searching ? undefined : first),
    [directory, searching, deferred, first],
  );

  return (
    <>
      <PageHeader
        title={t('list.title')}
        lede={directory ? t('list.registered', { count: directory.all.length }) : t('list.loading')}
        actions={
          canRegister ? (
            <>
              <Link className="button button--secondary" to="/clients/import">
                {t('list.import')}
              </Link>
              <Link className="button button--primary" to="/clients/new">
                {t('list.register')}
              </Link>
            </>
          ) : null
        }
      />
      <div className="search-bar">
        <label className="search-bar__label" htmlFor="client-search">
          {t('list.searchLabel')}
        </label>
        <input
          id="client-search"
          ref={takeFocus}
          className="input search-bar__input"
          type="search"
          dir="auto"
          autoComplete="off"
          placeholder={t('list.searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        {searching && rows ? (
          <span className="muted search-bar__count" aria-live="polite">
            {rows.length === 0
              ? t('list.noMatches')
              : rows.length >= SEARCH_LIMIT
                ? t('list.foundAtLeast', { count: rows.length })
                : t('list.found', { count: rows.length })}
          </span>
        ) : null}
      </div>
      <Panel flush>
        <ClientRows rows={rows} query={deferred} missing={missing} />
      </Panel>
    </>
  );
}

/**
 * The list under the search box. Memoised: a key press re-renders the box at once, and the
 * rows only when the (deferred) results change, so typing is not held up by the table.
 */
const ClientRows = memo(function ClientRows({ rows, query, missing }: { rows: readonly Client[] | undefined; query: string; missing: boolean | undefined }) {
  const { t } = useTranslation('clients');
  const searching = query.trim().length > 0;
  const columns = useClientColumns();
  if (rows === undefined) return <Loading label={t('list.loading')} />;
  if (rows.length === 0 && !searching && missing) return <MissingDataNotice />;
  if (rows.length === 0 && !searching) {
    return (
      <EmptyState title={t('list.emptyTitle')}>
        <Trans t={t} i18nKey="list.emptyBody" components={{ settings: <Link to="/settings" /> }} />
      </EmptyState>
    );
  }
  if (rows.length === 0) {
    return (
      <EmptyState title={t('list.noneMatchTitle')}>
        <Trans t={t} i18nKey="list.noneMatchBody" components={{ register: <Link to="/clients/new" /> }} />
      </EmptyState>
    );
  }
  return <VirtualTable caption={searching ? t('list.captionMatching') : t('list.caption')} columns={columns} rows={rows} rowKey={clientKey} firstRowOn={query.trim()} />;
});

const clientKey = (client: Client): string => client.id;
