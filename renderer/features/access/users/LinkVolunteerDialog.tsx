/** Settings → Users → Volunteer record: which volunteer this user is (one user per record). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volunteer } from '../../../../shared/schemas';
import { linkUserToVolunteer, type UserSummary } from '../../../data';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { isolate } from '../../../ui/UserText';

export function LinkVolunteerDialog({ user, volunteers, onClose }: { user: UserSummary; volunteers: readonly Volunteer[]; onClose: () => void }) {
  const { t } = useTranslation('access');
  const status = useStatus();
  const [volunteerId, setVolunteerId] = useState(user.volunteerId ?? '');
  const [problem, setProblem] = useState<string | undefined>();
  const save = async () => {
    try {
      await linkUserToVolunteer(user.id, volunteerId || undefined);
      status.say(volunteerId ? t('users.linked', { name: isolate(user.name) }) : t('users.unlinked', { name: isolate(user.name) }));
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };
  return (
    <Dialog title={t('users.linkTitle', { name: isolate(user.name) })} onClose={onClose}>
      <div className="form">
        <Field label={t('users.form.volunteer')} hint={t('users.form.volunteerHint')} error={problem}>
          <select className="input" value={volunteerId} onChange={(event) => setVolunteerId(event.target.value)}>
            <option value="">{t('users.form.noVolunteer')}</option>
            {volunteers.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('users.form.cancel')}</Button>
          <Button variant="primary" onClick={() => void save()}>
            {t('users.form.saveLink')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
