/** The local services directory: search, filter by issue and language, add, import. */
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { choosableCategories } from '../../../../shared/advice/categories';
import { foldForSearch } from '../../../../shared/frontdesk/client-search';
import { languageName } from '../../../../shared/codes/languages';
import type { Service } from '../../../../shared/schemas';
import { useServices, useSettings } from '../../../data';
import { ExternalLink } from '../../../platform/ExternalLink';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { LanguagePicker } from '../../../ui/code-pickers';
import { DataTable, type Column } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { ImportDirectoryDialog } from './ImportDirectoryDialog';

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export function ServicesScreen() {
  const all = useServices();
  const settings = useSettings();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [language, setLanguage] = useState<string | undefined>();
  const [importing, setImporting] = useState(false);
  const labels = useMemo(() => new Map((settings?.issueCategories ?? []).map((c) => [c.id, c.label])), [settings]);

  const folded = foldForSearch(query.trim());
  const shown = (all ?? []).filter(
    (s) =>
      (!folded || foldForSearch(`${s.name} ${s.organisation ?? ''} ${s.description ?? ''}`).includes(folded)) &&
      (!category || s.categories.includes(category)) &&
      (!language || s.languages.includes(language)),
  );
  const columns: Column<Service>[] = [
    {
      key: 'name',
      header: 'Service',
      width: '30%',
      cell: (s) => (
        <>
          <Link to={`/referrals/services/${s.id}/edit`}>
            <strong>{s.name}</strong>
          </Link>
          {s.organisation ? <div className="muted">{s.organisation}</div> : null}
        </>
      ),
    },
    { key: 'helps', header: 'Helps with', cell: (s) => s.categories.map((id) => labels.get(id) ?? id).join(', ') || '–' },
    { key: 'languages', header: 'Languages', cell: (s) => s.languages.map(languageName).join(', ') || '–' },
    { key: 'phone', header: 'Phone', cell: (s) => s.phone ?? '–' },
    { key: 'website', header: 'Website', cell: (s) => (s.website ? <ExternalLink url={s.website}>{hostOf(s.website)}</ExternalLink> : '–') },
    { key: 'active', header: 'Status', cell: (s) => (s.active ? <Badge tone="ok">Active</Badge> : <Badge>Closed</Badge>) },
  ];

  return (
    <>
      <PageHeader
        title="Services directory"
        lede="Local services and organisations people are referred to."
        actions={
          <>
            <Button onClick={() => setImporting(true)}>Import a directory</Button>
            <Link className="button button--primary" to="/referrals/services/new">
              Add a service
            </Link>
          </>
        }
      />
      <div className="calendar-toolbar" role="search" aria-label="Find a service">
        <label className="inline-field">
          Search
          <input className="input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label className="inline-field">
          Helps with
          <select className="select" value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">Any issue</option>
            {choosableCategories(settings?.issueCategories ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.parentId ? `— ${c.label}` : c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          Language
          <LanguagePicker value={language} onChange={setLanguage} />
        </label>
      </div>
      <Panel flush>
        {all === undefined ? null : all.length === 0 ? (
          <EmptyState title="No services in the directory yet.">Add the services you refer people to, or import your council’s Open Referral directory.</EmptyState>
        ) : shown.length === 0 ? (
          <EmptyState title="No service matches." />
        ) : (
          <DataTable caption="Services directory" columns={columns} rows={shown} rowKey={(s) => s.id} />
        )}
      </Panel>
      {importing ? <ImportDirectoryDialog onClose={() => setImporting(false)} /> : null}
    </>
  );
}
