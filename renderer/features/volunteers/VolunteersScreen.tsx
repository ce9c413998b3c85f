/**
 * The forum's volunteers: find someone by name, narrow to a role or to those who have
 * retired, and see at a glance whose checks need attention. The role and status filters
 * live in the address, so coming back to the list keeps them.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { foldForSearch } from '../../../shared/frontdesk/client-search';
import type { Volunteer } from '../../../shared/schemas';
import { useSettings, useVolunteers } from '../../data';
import { localToday } from '../../format/dates';
import { roleLabel } from '../../format/labels';
import { Badge } from '../../ui/Badge';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { VirtualTable } from '../../ui/VirtualTable';
import { CHECK_KIND_SHORT, EXPIRY_WARNING_DAYS, checksSummary } from './page/volunteer-checks';
import { languagesInWords } from './page/volunteer-words';
import { plural } from '../../../shared/plural';

type StatusFilter = 'active' | 'retired' | 'all';
const STATUS_FILTERS: Record<StatusFilter, string> = { active: 'Active', retired: 'Retired', all: 'Active and retired' };
/** Up to this many rows are drawn as a plain table sized to them; more scroll inside a virtual one. */
const SHORT_LIST = 30;
const isStatusFilter = (value: string | null): value is StatusFilter => value === 'active' || value === 'retired' || value === 'all';

export function ChecksBadge({ volunteer, today }: { volunteer: Pick<Volunteer, 'roles' | 'checks'>; today: string }) {
  const summary = checksSummary(volunteer, today);
  const [missing] = summary.missing;
  if (missing) return <Badge tone="danger">{CHECK_KIND_SHORT[missing]} missing</Badge>;
  if (summary.expired > 0) return <Badge tone="danger">{summary.expired} expired</Badge>;
  if (summary.expiring > 0) {
    return (
      <Badge tone="warn">
        {summary.expiring} expiring within {EXPIRY_WARNING_DAYS} days
      </Badge>
    );
  }
  return <Badge tone="ok">In date</Badge>;
}

/** One cell line that never wraps (rows have a fixed height); the full text is its tooltip. */
function Clipped({ text }: { text: string }) {
  return text ? (
    <span className="volunteer-list__clip" title={text}>
      {text}
    </span>
  ) : (
    <span className="muted">–</span>
  );
}

export function VolunteersScreen() {
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
  const caption = filtered ? 'Matching volunteers' : 'Volunteers';

  const columns: Column<Volunteer>[] = [
    {
      key: 'name',
      header: 'Name',
      width: '22%',
      cell: (v) => (
        <Link className="row-link volunteer-list__clip" to={`/volunteers/${v.id}`}>
          <bdi>{v.name}</bdi>
        </Link>
      ),
    },
    { key: 'roles', header: 'Roles', width: '20%', cell: (v) => <Clipped text={v.roles.map(roleLabel).join(', ')} /> },
    { key: 'languages', header: 'Languages', cell: (v) => <Clipped text={languagesInWords(v.languages)} /> },
    {
      key: 'checks',
      header: 'Checks',
      width: '210px',
      // A retired volunteer takes no shifts, so their checks no longer matter.
      cell: (v) => (v.active ? <ChecksBadge volunteer={v} today={today} /> : <span className="muted">Not needed</span>),
    },
    { key: 'active', header: 'Status', width: '100px', cell: (v) => (v.active ? <Badge tone="ok">Active</Badge> : <Badge>Retired</Badge>) },
  ];

  return (
    <>
      <PageHeader
        title="Volunteers & rota"
        lede={volunteers ? `${plural(activeCount, 'active volunteer')}${retiredCount > 0 ? `, ${retiredCount} retired` : ''}` : 'Loading…'}
        actions={
          <>
            <Link className="button button--secondary" to="/volunteers/rota">
              Month rota
            </Link>
            <Link className="button button--secondary" to="/volunteers/gaps">
              Gaps
            </Link>
            <Link className="button button--secondary" to="/volunteers/hours">
              Hours
            </Link>
            <Link className="button button--primary" to="/volunteers/new">
              Add a volunteer
            </Link>
          </>
        }
      />
      <div className="volunteer-filters" role="search" aria-label="Find volunteers">
        <div className="field volunteer-filters__search">
          <label className="field__label" htmlFor="volunteer-search">
            Find a volunteer
          </label>
          <input
            id="volunteer-search"
            className="input"
            type="search"
            dir="auto"
            autoComplete="off"
            placeholder="Part of their name"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="volunteer-role">
            Role
          </label>
          <select id="volunteer-role" className="select" value={role} onChange={(event) => setFilter('role', event.target.value, '')}>
            <option value="">All roles</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="volunteer-status">
            Status
          </label>
          <select id="volunteer-status" className="select" value={status} onChange={(event) => setFilter('status', event.target.value, 'active')}>
            {(Object.keys(STATUS_FILTERS) as StatusFilter[]).map((s) => (
              <option key={s} value={s}>
                {STATUS_FILTERS[s]}
              </option>
            ))}
          </select>
        </div>
        {rows && filtered ? (
          <p className="muted volunteer-filters__count" aria-live="polite">
            {rows.length === 0 ? 'No matches' : `${rows.length} shown`}
          </p>
        ) : null}
      </div>
      <Panel flush>
        {rows === undefined ? null : volunteers?.length === 0 ? (
          <EmptyState title="No volunteers yet.">
            Add the people who run your sessions with “Add a volunteer”, or load the demo data from <Link to="/settings">Settings</Link>.
          </EmptyState>
        ) : rows.length === 0 ? (
          <EmptyState title="Nobody matches.">
            Check the spelling, choose another role, or show {status === 'active' ? 'retired volunteers too' : 'everyone'} with the Status filter.
          </EmptyState>
        ) : rows.length <= SHORT_LIST ? (
          <div className="volunteer-list">
            <DataTable caption={caption} columns={columns} rows={rows} rowKey={(v) => v.id} />
          </div>
        ) : (
          <VirtualTable caption={caption} columns={columns} rows={rows} rowKey={(v) => v.id} />
        )}
      </Panel>
    </>
  );
}
