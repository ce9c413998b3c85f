/** Settings → Users → Change role: the new role holds from the user's next action. */
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isRole, ROLES, type Role } from '../../../../shared/security/roles';
import { changeUserRole, type UserSummary } from '../../../data';
import { useStatus } from '../../../ui/StatusProvider';
import { isolate } from '../../../ui/UserText';
import { useRoleWords } from './role-words';
import { RoleOptions, UserChoiceDialog } from './user-dialog-parts';

export function ChangeRoleDialog({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const { t } = useTranslation('access');
  const roles = useRoleWords();
  const status = useStatus();
  const save = async (role: Role) => {
    await changeUserRole(user.id, role);
    status.say(t('users.roleChanged', { name: isolate(user.name), role: roles.name(role) }));
  };
  return (
    <UserChoiceDialog
      title={t('users.changeRoleTitle', { name: isolate(user.name) })}
      label={t('users.form.role')}
      hint={(role) => (isRole(role) ? roles.summary(role) : '')}
      saveLabel={t('users.form.saveRole')}
      initial={user.role}
      schema={z.enum(ROLES, t('users.form.roleNeeded'))}
      onSave={save}
      onClose={onClose}
    >
      {(registration) => (
        <select className="input" {...registration}>
          <RoleOptions />
        </select>
      )}
    </UserChoiceDialog>
  );
}
