/** Settings → Users → Change role: the new role holds from the user's next action. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/security/roles';
import { changeUserRole, type UserSummary } from '../../../data';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { useRoleWords } from './role-words';
import { isolate } from '../../../ui/UserText';

export function ChangeRoleDialog({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const { t } = useTranslation('access');
  const roles = useRoleWords();
  const status = useStatus();
  const [role, setRole] = useState<Role>(user.role);
  const [problem, setProblem] = useState<string | undefined>();
  const save = async () => {
    try {
      await changeUserRole(user.id, role);
      status.say(t('users.roleChanged', { name: isolate(user.name), role: roles.name(role) }));
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };
  return (
    <Dialog title={t('users.changeRoleTitle', { name: isolate(user.name) })} onClose={onClose}>
      <div className="form">
        <Field label={t('users.form.role')} hint={roles.summary(role)} error={problem}>
          <select className="input" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roles.name(r)}
              </option>
            ))}
          </select>
        </Field>
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('users.form.cancel')}</Button>
          <Button variant="primary" onClick={() => void save()}>
            {t('users.form.saveRole')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
