/** The forum's volunteers: roles, languages and whether their checks are in date. */
import { Link } from 'react-router';
import { languageName } from '../../../shared/codes/languages';
import { addDays } from '../../../shared/schedule/dates';
import type { Volunteer } from '../../../shared/schemas';
import { useVolunteers } from '../../data';
import { localToday } from '../../format/dates';
import { roleLabel } from '../../format/labels';
import { Badge } from '../../ui/Badge';
import type { Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { VirtualTable } from '../../ui/VirtualTable';

function checksBadge(volunteer: Volunteer, today: string) {
  const expired = volunteer.checks.filter((c) => c.expires && c.expires < today).length;
  const soon = volunteer.checks.filter((c) => c.expires && c.expires >= today && c.expires <= addDays(today, 60)).length;
  const hasSafeguarding = volunteer.checks.some((c) => c.kind === 'safeguarding');
  if (!hasSafeguarding) return <Badge tone="danger">Safeguarding missing</Badge>;
  if (expired > 0) return <Badge tone="danger">{expired} expired</Badge>;
  if (soon > 0) return <Badge tone="warn">{soon} expiring soon</Badge>;
  return <Badge tone="ok">In date</Badge>;
}

export function VolunteersScreen() {
  const volunteers = useVolunteers();
  const today = localToday();
  const columns: Column<Volunteer>[] = [
    { key: 'name', header: 'Name', width: '24%', cell: (v) => <span dir="auto">{v.name}</span> },
    { key: 'roles', header: 'Roles', cell: (v) => v.roles.map(roleLabel).join(', ') },
    { key: 'languages', header: 'Languages', cell: (v) => v.languages.map((l) => languageName(l.code)).join(', ') },
    { key: 'checks', header: 'Checks', width: '170px', cell: (v) => checksBadge(v, today) },
    { key: 'active', header: 'Status', width: '110px', cell: (v) => (v.active ? <Badge tone="ok">Active</Badge> : <Badge>Retired</Badge>) },
  ];
  return (
    <>
      <PageHeader title="Volunteers & rota" lede={volunteers ? `${volunteers.filter((v) => v.active).length} active volunteers` : 'Loading…'} />
      <Panel flush>
        {volunteers === undefined ? null : volunteers.length === 0 ? (
          <EmptyState title="No volunteers yet.">
            Add the people who run your sessions, or load the demo data from <Link to="/settings">Settings</Link>.
          </EmptyState>
        ) : (
          <VirtualTable caption="Volunteers" columns={columns} rows={volunteers} rowKey={(v) => v.id} />
        )}
      </Panel>
    </>
  );
}
