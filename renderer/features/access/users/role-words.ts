/** A role's name and what it may do, in the app's language (access catalogue, users.roles.*). */
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/security/roles';

export function useRoleWords() {
  const { t } = useTranslation('access');
  return {
    name: (role: Role) => t(`users.roles.${role}.name`),
    summary: (role: Role) => t(`users.roles.${role}.summary`),
  };
}
