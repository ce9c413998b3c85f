/**
 * Settings → Users, for the administrator: everyone who signs in, with their role, how
 * they sign in and whether they may; add a user; change a role; reset a PIN or
 * passphrase; disable or enable; link to a volunteer record. The commands refuse anyone
 * else (renderer/data/repositories/users.ts) and never leave the forum without an
 * administrator; each change is in the audit log.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setUserDisabled, useUsers, useVolunteers, type UserSummary } from '../../../data';
import { useSignedInUser } from '../../../security/session';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { DataTable, type Column } from '../../../ui/DataTable';
import { refusalMessage } from '../../../ui/form-errors';
import { Panel } from '../../../ui/Panel';
import { useStatus } from '../../../ui/StatusProvider';
import { UserText } from '../../../ui/UserText';
import { AddUserDialog } from './AddUserDialog';
import { ChangeRoleDialog } from './ChangeRoleDialog';
import { LinkVolunteerDialog } from './LinkVolunteerDialog';
import { ResetSecretDialog } from './ResetSecretDialog';
import { useRoleWords } from './role-words';
import { isolate } from '../../../ui/UserText';

type Open = { kind: 'add' } | { kind: 'role' | 'secret' | 'volunteer'; user: UserSummary } | null;

export function UsersPanel() {
  const { t } = useTranslation('access');
  const roles = useRoleWords();
  const status = useStatus();
  const me = useSignedInUser();
  const users = useUsers();
  const volunteers = useVolunteers();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const volunteerName = (id: string | undefined) => (id ? volunteers?.find((v) => v.id === id)?.name : undefined);

  const toggle = async (user: UserSummary) => {
    try {
      await setUserDisabled(user.id, !user.disabled);
      status.say(user.disabled ? t('users.enabled', { name: isolate(user.name) }) : t('users.disabled', { name: isolate(user.name) }));
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };

  const columns: Column<UserSummary>[] = [
    {
      key: 'name',
      header: t('users.column.name'),
      cell: (u) => (
        <strong>
          <UserText>{u.name}</UserText>
          {u.id === me?.userId ? <span className="muted"> {t('users.you')}</span> : null}
        </strong>
      ),
    },
    { key: 'role', header: t('users.column.role'), cell: (u) => roles.name(u.role) },
    { key: 'secret', header: t('users.column.signsInWith'), cell: (u) => t(`users.kind.${u.secretKind}`) },
    {
      key: 'status',
      header: t('users.column.status'),
      cell: (u) => (u.disabled ? <Badge>{t('users.status.disabled')}</Badge> : <Badge tone="ok">{t('users.status.active')}</Badge>),
    },
    {
      key: 'volunteer',
      header: t('users.column.volunteer'),
      cell: (u) => {
        const name = volunteerName(u.volunteerId);
        return name ? <UserText>{name}</UserText> : <span className="muted">{t('users.noVolunteer')}</span>;
      },
    },
    {
      key: 'actions',
      header: t('users.column.actions'),
      cell: (u) => (
        <div className="appointment-actions" role="group" aria-label={t('users.actionsFor', { name: u.name })}>
          <Button variant="quiet" onClick={() => setOpen({ kind: 'role', user: u })}>
            {t('users.changeRole')}
          </Button>
          <Button variant="quiet" onClick={() => setOpen({ kind: 'secret', user: u })}>
            {t('users.resetSecret')}
          </Button>
          <Button variant="quiet" onClick={() => setOpen({ kind: 'volunteer', user: u })}>
            {t('users.linkVolunteer')}
          </Button>
          {u.id === me?.userId ? null : (
            <Button variant="quiet" onClick={() => void toggle(u)}>
              {u.disabled ? t('users.enable') : t('users.disable')}
            </Button>
          )}
        </div>
      ),
    },
  ];

  return (
    <Panel
      title={t('users.title')}
      aside={
        <Button variant="primary" onClick={() => setOpen({ kind: 'add' })}>
          {t('users.add')}
        </Button>
      }
    >
      <p>{t('users.lede')}</p>
      {users ? <DataTable caption={t('users.caption', { count: users.length })} columns={columns} rows={users} rowKey={(u) => u.id} /> : null}
      {open?.kind === 'add' ? <AddUserDialog volunteers={volunteers ?? []} onClose={close} /> : null}
      {open?.kind === 'role' ? <ChangeRoleDialog user={open.user} onClose={close} /> : null}
      {open?.kind === 'secret' ? <ResetSecretDialog user={open.user} onClose={close} /> : null}
      {open?.kind === 'volunteer' ? <LinkVolunteerDialog user={open.user} volunteers={volunteers ?? []} onClose={close} /> : null}
    </Panel>
  );
}
