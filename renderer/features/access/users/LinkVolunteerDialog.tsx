/** Settings → Users → Volunteer record: which volunteer this user is (one user per record). */
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Volunteer } from '../../../../shared/schemas';
import { linkUserToVolunteer, type UserSummary } from '../../../data';
import { useStatus } from '../../../ui/StatusProvider';
import { isolate } from '../../../ui/UserText';
import { UserChoiceDialog, VolunteerOptions } from './user-dialog-parts';

/** A volunteer's id, or '' for none. */
const VolunteerChoice = z.string();

export function LinkVolunteerDialog({ user, volunteers, onClose }: { user: UserSummary; volunteers: readonly Volunteer[]; onClose: () => void }) {
  const { t } = useTranslation('access');
  const status = useStatus();
  const save = async (volunteerId: string) => {
    await linkUserToVolunteer(user.id, volunteerId || undefined);
    status.say(volunteerId ? t('users.linked', { name: isolate(user.name) }) : t('users.unlinked', { name: isolate(user.name) }));
  };
  return (
    <UserChoiceDialog
      title={t('users.linkTitle', { name: isolate(user.name) })}
      label={t('users.form.volunteer')}
      hint={() => t('users.form.volunteerHint')}
      saveLabel={t('users.form.saveLink')}
      initial={user.volunteerId ?? ''}
      schema={VolunteerChoice}
      onSave={save}
      onClose={onClose}
    >
      {(registration) => (
        <select className="input" {...registration}>
          <VolunteerOptions volunteers={volunteers} />
        </select>
      )}
    </UserChoiceDialog>
  );
}
