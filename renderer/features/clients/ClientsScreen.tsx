/** Everyone the forum has registered, in a list that stays quick at 20,000 people. */
import { Link } from 'react-router';
import { countryName } from '../../../shared/codes/countries';
import { languageName } from '../../../shared/codes/languages';
import type { Client } from '../../../shared/schemas';
import { useClients } from '../../data';
import { Badge } from '../../ui/Badge';
import type { Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { VirtualTable } from '../../ui/VirtualTable';

const columns: Column<Client>[] = [
  { key: 'ref', header: 'Ref', width: '96px', cell: (c) => <span className="ref">{c.ref}</span> },
  {
    key: 'name',
    header: 'Name',
    width: '30%',
    cell: (c) => (
      <>
        <bdi>{c.name}</bdi>
        {c.nameLatin ? <span className="muted name-latin">{c.nameLatin}</span> : null}
      </>
    ),
  },
  { key: 'languages', header: 'Languages', cell: (c) => c.languages.map(languageName).join(', ') || '–' },
  { key: 'nationality', header: 'Nationality', cell: (c) => (c.nationality ? countryName(c.nationality) : '–') },
  { key: 'area', header: 'Area', width: '80px', cell: (c) => c.area ?? '–' },
  {
    key: 'interpreter',
    header: 'Interpreter',
    width: '150px',
    cell: (c) => (c.interpreterNeeded && c.interpreterLanguage ? <Badge tone="warn">{languageName(c.interpreterLanguage)}</Badge> : null),
  },
];

export function ClientsScreen() {
  const clients = useClients();
  return (
    <>
      <PageHeader
        title="Clients"
        lede={clients ? `${clients.length.toLocaleString('en-GB')} people registered` : 'Loading…'}
      />
      <Panel flush>
        {clients === undefined ? null : clients.length === 0 ? (
          <EmptyState title="No clients yet.">
            Load the demo data from <Link to="/settings">Settings</Link> to try Signpost out, or register the first person who comes in.
          </EmptyState>
        ) : (
          <VirtualTable caption="Clients" columns={columns} rows={clients} rowKey={(c) => c.id} />
        )}
      </Panel>
    </>
  );
}
