/** The columns of client lists: the name opens the client's page. */
import { Link } from 'react-router';
import { countryName } from '../../../shared/codes/countries';
import { languageName } from '../../../shared/codes/languages';
import type { Client } from '../../../shared/schemas';
import { Badge } from '../../ui/Badge';
import type { Column } from '../../ui/DataTable';

export const clientColumns: Column<Client>[] = [
  { key: 'ref', header: 'Ref', width: '96px', cell: (c) => <span className="ref">{c.ref}</span> },
  {
    key: 'name',
    header: 'Name',
    width: '30%',
    cell: (c) => (
      <Link to={`/clients/${c.id}`} className="row-link">
        <bdi>{c.name}</bdi>
        {c.nameLatin ? <span className="muted name-latin">{c.nameLatin}</span> : null}
      </Link>
    ),
  },
  { key: 'phone', header: 'Phone', width: '140px', cell: (c) => c.phone ?? '–' },
  { key: 'languages', header: 'Languages', cell: (c) => c.languages.map(languageName).join(', ') || '–' },
  { key: 'nationality', header: 'Nationality', cell: (c) => (c.nationality ? countryName(c.nationality) : '–') },
  {
    key: 'interpreter',
    header: 'Interpreter',
    width: '140px',
    cell: (c) => (c.interpreterNeeded && c.interpreterLanguage ? <Badge tone="warn">{languageName(c.interpreterLanguage)}</Badge> : null),
  },
];
