/** The columns of client lists, in the volunteer's language: the name opens the client's page. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Client } from '../../../shared/schemas';
import { Badge } from '../../ui/Badge';
import type { Column } from '../../ui/DataTable';
import { UserText } from '../../ui/UserText';
import { useCodeNames } from './code-names';

export function useClientColumns(): Column<Client>[] {
  const { t } = useTranslation('clients');
  const names = useCodeNames();
  return useMemo(
    () => [
      { key: 'ref', header: t('list.columns.ref'), width: '96px', cell: (c) => <span className="ref">{c.ref}</span> },
      {
        key: 'name',
        header: t('list.columns.name'),
        width: '30%',
        cell: (c) => (
          <Link to={`/clients/${c.id}`} className="row-link">
            <bdi>{c.name}</bdi>
            {c.nameLatin ? <span className="muted name-latin">{c.nameLatin}</span> : null}
          </Link>
        ),
      },
      { key: 'phone', header: t('list.columns.phone'), width: '140px', cell: (c) => (c.phone ? <UserText>{c.phone}</UserText> : '–') },
      { key: 'languages', header: t('list.columns.languages'), cell: (c) => (c.languages.length > 0 ? names.languages(c.languages) : '–') },
      { key: 'nationality', header: t('list.columns.nationality'), cell: (c) => (c.nationality ? names.country(c.nationality) : '–') },
      {
        key: 'interpreter',
        header: t('list.columns.interpreter'),
        width: '140px',
        cell: (c) => (c.interpreterNeeded && c.interpreterLanguage ? <Badge tone="warn">{names.language(c.interpreterLanguage)}</Badge> : null),
      },
    ],
    [t, names],
  );
}
