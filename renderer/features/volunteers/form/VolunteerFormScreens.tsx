/** Add a volunteer, or edit one: the same form, different starting points. */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { volunteers } from '../../../data';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { useStatus } from '../../../ui/StatusProvider';
import { useFormat } from '../../../i18n/format';
import { nameInText } from '../words/rota-words';
import { useVolunteerRecord } from '../page/use-volunteer-record';
import { blankVolunteerForm, volunteerToForm } from './volunteer-form';
import { VolunteerForm } from './VolunteerForm';

export function NewVolunteerScreen() {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const navigate = useNavigate();
  const status = useStatus();
  return (
    <>
      <PageHeader title={t('form.addTitle')} lede={t('form.addLede')} />
      <VolunteerForm
        initial={blankVolunteerForm()}
        save={(input) => volunteers.create(input)}
        onSaved={(volunteer) => {
          status.say(t('form.added', { name: nameInText(volunteer.name, format) }));
          void navigate(`/volunteers/${volunteer.id}`);
        }}
        onCancel={() => void navigate('/volunteers')}
      />
    </>
  );
}

export function EditVolunteerScreen() {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const { volunteerId = '' } = useParams();
  const navigate = useNavigate();
  const status = useStatus();
  const volunteer = useVolunteerRecord(volunteerId);
  if (volunteer === undefined) return <PageHeader title={t('form.editTitle')} lede={t('list.loading')} />;
  if (volunteer === null) {
    return (
      <>
        <PageHeader title={t('form.editTitle')} />
        <EmptyState title={t('form.notFoundTitle')}>
          {t('form.notFoundBody')} <Link to="/volunteers">{t('form.backToList')}</Link>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t('form.editNamed', { name: nameInText(volunteer.name, format) })}
        lede={volunteer.active ? t('status.activeVolunteer') : t('status.retiredVolunteer')}
      />
      <VolunteerForm
        key={volunteer.id}
        initial={volunteerToForm(volunteer)}
        existing={volunteer}
        save={(input) => volunteers.update(volunteer.id, input)}
        onSaved={() => {
          status.say(t('form.saved'));
          void navigate(`/volunteers/${volunteer.id}`);
        }}
        onCancel={() => void navigate(`/volunteers/${volunteer.id}`)}
      />
    </>
  );
}
