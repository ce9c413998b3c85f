/** Create a clinic, or change one; saving (re)generates its sessions for the coming weeks. */
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { blankClinicForm, clinicToForm } from '../../../shared/frontdesk/clinic-form';
import { createClinic, updateClinic, useClinic } from '../../data';
import { localToday } from '../../format/dates';
import { useFormat } from '../../i18n/format';
import { PageHeader } from '../../ui/PageHeader';
import { useStatus } from '../../ui/StatusProvider';
import { ClinicForm } from './ClinicForm';
import { isolateIn } from './words/isolate-name';

export function NewClinicScreen() {
  const { t } = useTranslation('clinics');
  const { language } = useFormat();
  const navigate = useNavigate();
  const status = useStatus();
  return (
    <>
      <PageHeader title={t('new.title')} lede={t('new.lede')} />
      <ClinicForm
        initial={blankClinicForm(localToday())}
        save={(input) => createClinic(input, localToday())}
        onSaved={(clinic, added) => {
          status.say(t('new.created', { name: isolateIn(language, clinic.name), count: added }));
          void navigate('/clinics');
        }}
        onCancel={() => void navigate('/clinics')}
      />
    </>
  );
}

export function EditClinicScreen() {
  const { t } = useTranslation('clinics');
  const { language } = useFormat();
  const { clinicId } = useParams();
  const navigate = useNavigate();
  const status = useStatus();
  const clinic = useClinic(clinicId);
  if (!clinic) return <PageHeader title={t('edit.loadingTitle')} lede={t('edit.loading')} />;
  return (
    <>
      <PageHeader title={t('edit.title', { name: isolateIn(language, clinic.name) })} lede={t('edit.lede')} />
      <ClinicForm
        key={clinic.id}
        initial={clinicToForm(clinic)}
        existing={clinic}
        save={(input) => updateClinic(clinic.id, input, localToday())}
        onSaved={() => {
          status.say(t('edit.saved'));
          void navigate('/clinics');
        }}
        onCancel={() => void navigate('/clinics')}
      />
    </>
  );
}
