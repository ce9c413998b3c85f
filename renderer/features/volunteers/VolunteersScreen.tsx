/**
 * The forum's volunteers: find someone by name, narrow to a role or to those who have
 * retired, and see at a glance whose checks need attention. The role and status filters
 * live in the address, so coming back to the list keeps them.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { foldForSearch } from '../../../shared/frontdesk/client-search';
import type { Volunteer } from '../../../shared/schemas';
import { useSettings, useVolunteers } from '../../data';
import { localToday } from '../../format/dates';
import { Badge } from '../../ui/Badge';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useFormat } from '../../i18n/format';
import { Panel } from '../../ui/Panel';
import { UserText } from '../../ui/UserText';
import { VirtualTable } from '../../ui/VirtualTable';
import { EXPIRY_WARNING_DAYS, checksSummary } from './page/volunteer-checks';
import { languagesInWords } from './page/volunteer-words';
import { useRotaWords } from './words/use-rota-words';
import { LoadedList } from '../../ui/LoadedList';

type StatusFilter = 'active' | 'retired' | 'all';
const STATUS_FILTERS: readonly StatusFilter[] = ['active', 'retired', 'all'];
/** Up to this many rows are drawn as a plain table sized to them; more scroll inside a virtual one. */
const SHORT_LIST = 30;
const isStatusFilter = (value: string | null): value is StatusFilter => value === 'active' || value === 'retired' || value === 'all';

export function ChecksBadge({ volunteer, today }: { volunteer: Pick<Volunteer, 'roles' | 'checks'>; today: string }) {
  const { t } = useTranslation('volunteers');
  const words = useRotaWords();
  const summary = checksSummary(volunteer, today);
  const [missing] = summary.missing;
  if (missing) return <Badge tone="danger">{t('badge.missing', { check: words.checkShort(missing) })}</Badge>;
  if (summary.expired > 0) return <Badge tone="danger">{t('badge.expired', { count: summary.expired })}</Badge>;
  if (summary.expiring > 0) return <Badge tone="warn">{t('badge.expiring', { count: summary.expiring, days: EXPIRY_WARNING_DAYS })}</Badge>;
  return <Badge tone="ok">{t('badge.inDate')}</Badge>;
}

/**
 * A cell's words in full, wrapping onto more lines when long (the list measures each row as
 * drawn), or a dash said as "none".
 */
function CellWords({ text }: { text: string }) {
  const { t } = useTranslation('volunteers');
  return text ? (
    <span>{text}</span>
  ) : (
    <span className="muted">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('list.none')}</span>
    </span>
  );
}

export function VolunteersScreen() {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const words = useRotaWords();
  const volunteers = useVolunteers();
  const settings = useSettings();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const today = localToday();

  const statusParam = params.get('status');
  const status: StatusFilter = isStatusFilter(statusParam) ? statusParam : 'active';
  const role = params.get('role') ?? '';
  const setFilter = (key: 'status' | 'role', value: string, fallback: string) => {
    const next = new URLSearchParams(params);
    if (value === fallback) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  // Roles from Settings, plus any a volunteer still holds after it was removed there.
  const roles = useMemo(() => {
    const all = new Set(settings?.volunteerRoles ?? []);
    for (const v of volunteers ?? []) for (const r of v.roles) all.add(r);
    return [...all];
  }, [settings, volunteers]);

  const rows = useMemo(() => {
    if (!volunteers) return undefined;
    const words = foldForSearch(deferred.trim()).split(/\s+/).filter(Boolean);
    return volunteers.filter((v) => {
      if (status === 'active' && !v.active) return false;
      if (status === 'retired' && v.active) return false;
      if (role && !v.roles.includes(role)) return false;
      if (words.length === 0) return true;
      const name = foldForSearch(v.name);
      return words.every((w) => name.includes(w));
    });
  }, [volunteers, deferred, status, role]);

  const activeCount = volunteers?.filter((v) => v.active).length ?? 0;
  const retiredCount = (volunteers?.length ?? 0) - activeCount;
  const filtered = deferred.trim() !== '' || role !== '' || status !== 'active';
  const caption = filtered ? t('list.captionMatching') : t('list.caption');

  const columns: Column<Volunteer>[] = [
    {
      key: 'name',
      header: t('list.column.name'),
      width: '22%',
      cell: (v) => (
        <Link className="row-link volunteer-list__clip" to={`/volunteers/${v.id}`}>
          <UserText>{v.name}</UserText>
        </Link>
      ),
    },
    { key: 'roles', header: t('list.column.roles'), width: '20%', cell: (v) => <CellWords text={format.list(v.roles.map(words.role), 'unit')} /> },
    { key: 'languages', header: t('list.column.languages'), cell: (v) => <CellWords text={languagesInWords(v.languages, words, format)} /> },
    {
      key: 'checks',
      header: t('list.column.checks'),
      width: '210px',
      // A retired volunteer takes no shifts, so their checks no longer matter.
      cell: (v) => (v.active ? <ChecksBadge volunteer={v} today={today} /> : <span className="muted">{t('list.notNeeded')}</span>),
    },
    {
      key: 'active',
      header: t('list.column.status'),
      width: '100px',
      cell: (v) => (v.active ? <Badge tone="ok">{t('status.active')}</Badge> : <Badge>{t('status.retired')}</Badge>),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        lede={
          volunteers
            ? retiredCount > 0
              ? t('list.ledeWithRetired', { active: activeCount, retired: retiredCount })
              : t('list.lede', { active: activeCount })
            : t('list.loading')
        }
        actions={
          <>
            <Link className="button button--secondary" to="/volunteers/rota">
              {t('list.monthRota')}
            </Link>
            <Link className="button button--secondary" to="/volunteers/gaps">
              {t('list.gaps')}
            </Link>
            <Link className="button button--secondary" to="/volunteers/hours">
              {t('list.hours')}
            </Link>
            <Link className="button button--primary" to="/volunteers/new">
              {t('list.add')}
            </Link>
          </>
        }
      />
      <div className="volunteer-filters" role="search" aria-label={t('list.findLabel')}>
        <div className="field volunteer-filters__search">
          <label className="field__label" htmlFor="volunteer-search">
            {t('list.find')}
          </label>
          <input
            id="volunteer-search"
            className="input"
            type="search"
            dir="auto"
            autoComplete="off"
            placeholder={t('list.findPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="volunteer-role">
            {t('list.role')}
          </label>
          <select id="volunteer-role" className="select" value={role} onChange={(event) => setFilter('role', event.target.value, '')}>
            <option value="">{t('list.allRoles')}</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {words.role(r)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="volunteer-status">
            {t('list.status')}
          </label>
          <select id="volunteer-status" className="select" value={status} onChange={(event) => setFilter('status', event.target.value, 'active')}>
            {STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`list.statusFilter.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {rows && filtered ? (
          <p className="muted volunteer-filters__count" aria-live="polite">
            {rows.length === 0 ? t('list.noMatches') : t('list.shown', { count: rows.length })}
          </p>
        ) : null}
      </div>
      <Panel flush>
        <LoadedList
          data={rows}
          loading={t('list.loading')}
          isEmpty={() => volunteers?.length === 0}
          empty={
            <EmptyState title={t('list.emptyTitle')}>
              {t('list.emptyBefore')}
              <Link to="/settings">{t('list.emptyLink')}</Link>
              {t('list.emptyAfter')}
            </EmptyState>
          }
        >
          {(loaded) =>
            loaded.length === 0 ? (
              <EmptyState title={t('list.nobodyTitle')}>{status === 'active' ? t('list.nobodyActive') : t('list.nobodyOther')}</EmptyState>
            ) : loaded.length <= SHORT_LIST ? (
              <div className="volunteer-list">
                <DataTable caption={caption} columns={columns} rows={loaded} rowKey={(v) => v.id} />
              </div>
            ) : (
              <VirtualTable caption={caption} columns={columns} rows={loaded} rowKey={(v) => v.id} firstRowOn={`${deferred.trim()}|${status}|${role}`} />
            )
          }
        </LoadedList>
      </Panel>
    </>
  );
}
