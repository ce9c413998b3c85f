/**
 * Find anyone in seconds: search as you type over names in any script, phone and
 * reference number. With no search, everyone is listed (a virtualised list that stays
 * quick at 20,000 people).
 */
import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import { useClientDirectory, useDataMissing } from '../../data';
import { format } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { takeFocus } from '../../ui/take-focus';
import { VirtualTable } from '../../ui/VirtualTable';
import { MissingDataNotice } from '../backups/MissingDataNotice';
import { clientColumns } from './client-columns';
import { pluralWord } from '../../../shared/plural';

export function ClientsScreen() {
  const directory = useClientDirectory();
  const missing = useDataMissing();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const searching = deferred.trim().length > 0;
  const rows = directory ? (searching ? directory.search(deferred) : directory.all) : undefined;

  return (
    <>
      <PageHeader
        title="Clients"
        lede={directory ? `${format().number(directory.all.length)} ${pluralWord(directory.all.length, 'person', 'people')} registered` : 'Loading…'}
        actions={
          <>
            <Link className="button button--secondary" to="/clients/import">
              Import from a spreadsheet
            </Link>
            <Link className="button button--primary" to="/clients/new">
              Register a person
            </Link>
          </>
        }
      />
      <div className="search-bar">
        <label className="search-bar__label" htmlFor="client-search">
          Find a client
        </label>
        <input
          id="client-search"
          ref={takeFocus}
          className="input search-bar__input"
          type="search"
          dir="auto"
          autoComplete="off"
          placeholder="Name in any script, phone or reference number"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        {searching && rows ? (
          <span className="muted search-bar__count" aria-live="polite">
            {rows.length === 0 ? 'No matches' : `${format().number(rows.length)}${rows.length >= 200 ? '+' : ''} found`}
          </span>
        ) : null}
      </div>
      <Panel flush>
        {rows === undefined ? null : rows.length === 0 && !searching && missing ? (
          <MissingDataNotice />
        ) : rows.length === 0 && !searching ? (
          <EmptyState title="No clients yet.">
            Register the first person who comes in, or load the demo data from <Link to="/settings">Settings</Link> to try
            Signpost out.
          </EmptyState>
        ) : rows.length === 0 ? (
          <EmptyState title="Nobody matches that search.">
            Check the spelling, try part of the name or the phone number, or{' '}
            <Link to="/clients/new">register a new person</Link>.
          </EmptyState>
        ) : (
          <VirtualTable caption={searching ? 'Matching clients' : 'Clients'} columns={clientColumns} rows={rows} rowKey={(c) => c.id} />
        )}
      </Panel>
    </>
  );
}
