/**
 * The local services directory: search, filter by issue and language, add, import. The
 * language filter offers the languages the directory's services speak, named from the
 * common languages (renderer/i18n/language-table.ts): the screen does not fetch the whole
 * ISO 639-3 table, which a picker over every language would need.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { choosableCategories } from '../../../../shared/advice/categories';
import { foldForSearch } from '../../../../shared/frontdesk/client-search';
import type { Service } from '../../../../shared/schemas';
import { useServices, useSettings } from '../../../data';
import { ExternalLink } from '../../../platform/ExternalLink';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { DataTable, type Column } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { UserText } from '../../../ui/UserText';
import { useFormat } from '../../../i18n/format';
import { useLanguageTable } from '../../../i18n/language-table';
import { languageNameIn } from '../../clinics/words/clinic-words';
import { categoriesIn } from '../category-words';
import { ImportDirectoryDialog } from './ImportDirectoryDialog';
import { LoadedList } from '../../../ui/LoadedList';

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export function ServicesScreen() {
  const { t } = useTranslation('referrals');
  const { t: advice } = useTranslation('advice');
  const format = useFormat();
  // A rare language is named once the whole table has arrived (fetched only if one is met).
  const languageTable = useLanguageTable();
  const languageName = useCallback((code: string) => languageNameIn(format.language, code), [format.language]);
  const all = useServices();
  const settings = useSettings();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [language, setLanguage] = useState('');
  const [importing, setImporting] = useState(false);
  const categories = useMemo(() => categoriesIn(settings?.issueCategories ?? [], advice), [settings, advice]);
  const labels = useMemo(() => new Map(categories.map((c) => [c.id, c.label])), [categories]);
  const spoken = useMemo(
    () =>
      [...new Set((all ?? []).flatMap((s) => s.languages))]
        .map((code) => ({ code, name: languageName(code) }))
        .sort((a, b) => a.name.localeCompare(b.name, format.language)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `languageTable` is the signal that rare languages' names arrived.
    [all, languageName, format.language, languageTable],
  );

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
      header: t('services.columns.service'),
      width: '30%',
      cell: (s) => (
        <>
          <Link to={`/referrals/services/${s.id}/edit`}>
            <strong>
              <UserText>{s.name}</UserText>
            </strong>
          </Link>
          {s.organisation ? (
            <div className="muted">
              <UserText>{s.organisation}</UserText>
            </div>
          ) : null}
        </>
      ),
    },
    { key: 'helps', header: t('services.columns.helps'), cell: (s) => (s.categories.length > 0 ? format.list(s.categories.map((id) => labels.get(id) ?? id)) : '–') },
    { key: 'languages', header: t('services.columns.languages'), cell: (s) => (s.languages.length > 0 ? format.list(s.languages.map(languageName)) : '–') },
    { key: 'phone', header: t('services.columns.phone'), width: '150px', cell: (s) => (s.phone ? <UserText>{s.phone}</UserText> : '–') },
    {
      key: 'website',
      header: t('services.columns.website'),
      cell: (s) =>
        s.website ? (
          <ExternalLink url={s.website}>
            <UserText>{hostOf(s.website)}</UserText>
          </ExternalLink>
        ) : (
          '–'
        ),
    },
    {
      key: 'active',
      header: t('services.columns.status'),
      cell: (s) => (s.active ? <Badge tone="ok">{t('services.active')}</Badge> : <Badge>{t('services.closed')}</Badge>),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('services.title')}
        lede={t('services.lede')}
        actions={
          <>
            <Button onClick={() => setImporting(true)}>{t('services.import')}</Button>
            <Link className="button button--primary" to="/referrals/services/new">
              {t('services.add')}
            </Link>
          </>
        }
      />
      <div className="calendar-toolbar" role="search" aria-label={t('services.find')}>
        <label className="inline-field">
          {t('services.search')}
          <input className="input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label className="inline-field">
          {t('services.columns.helps')}
          <select className="select" value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">{t('services.anyIssue')}</option>
            {choosableCategories(categories).map((c) => (
              <option key={c.id} value={c.id}>
                {c.parentId ? `— ${c.label}` : c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t('services.language')}
          <select className="select" value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="">{t('services.anyLanguage')}</option>
            {spoken.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Panel flush>
        <LoadedList data={all} isEmpty={(services) => services.length === 0} empty={<EmptyState title={t('services.empty.title')}>{t('services.empty.body')}</EmptyState>}>
          {() =>
            shown.length === 0 ? <EmptyState title={t('services.noMatch')} /> : <DataTable caption={t('services.title')} columns={columns} rows={shown} rowKey={(s) => s.id} />
          }
        </LoadedList>
      </Panel>
      {importing ? <ImportDirectoryDialog onClose={() => setImporting(false)} /> : null}
    </>
  );
}
