/** Settings → Users → Change role: the new role holds from the user's next action. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/security/roles';
import { changeUserRole, type UserSummary } from '../../../data';
import { useStatus } from '../../../ui/StatusProvider';
import { isolate } from '../../../ui/UserText';
import { useRoleWords } from './role-words';
import { RoleOptions, UserChoiceDialog } from './user-dialog-parts';

export function ChangeRoleDialog({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const { t } = useTranslation('access');
  const roles = useRoleWords();
  const status = useStatus();
  const [role, setRole] = useState<Role>(user.role);
  const save = async () => {
    await changeUserRole(user.id, role);
    status.say(t('users.roleChanged', { name: isolate(user.name), role: roles.name(role) }));
  };
  return (
    <UserChoiceDialog
      title={t('users.changeRoleTitle', { name: isolate(user.name) })}
      label={t('users.form.role')}
      hint={roles.summary(role)}
      saveLabel={t('users.form.saveRole')}
      onSave={save}
      onClose={onClose}
    >
      <select className="input" value={role} onChange={(event) => setRole(event.target.value as Role)}>
        <RoleOptions />
      </select>
    </UserChoiceDialog>
  );
}
