/** Add a service to the directory, or change one. */
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { services, useService } from '../../../data';
import { PageHeader } from '../../../ui/PageHeader';
import { useStatus } from '../../../ui/StatusProvider';
import { isolate } from '../../../ui/UserText';
import { ServiceForm } from './ServiceForm';

export function NewServiceScreen() {
  const { t } = useTranslation('referrals');
  const navigate = useNavigate();
  const status = useStatus();
  return (
    <>
      <PageHeader title={t('services.add')} />
      <ServiceForm
        initial={{ name: '', categories: [], languages: [], interpretationOffered: false, active: true }}
        save={(input) => services.create(input)}
        onSaved={(s) => {
          status.say(t('serviceForm.added', { name: isolate(s.name) }));
          void navigate('/referrals/services');
        }}
        onCancel={() => void navigate('/referrals/services')}
      />
    </>
  );
}

export function EditServiceScreen() {
  const { t } = useTranslation('referrals');
  const { serviceId } = useParams();
  const navigate = useNavigate();
  const status = useStatus();
  const service = useService(serviceId);
  if (!service) return <PageHeader title={t('serviceForm.service')} lede={t('loading')} />;
  const { id: _id, createdAt: _c, updatedAt: _u, demo: _d, ...fields } = service;
  return (
    <>
      <PageHeader title={t('serviceForm.editTitle', { name: isolate(service.name) })} />
      <ServiceForm
        key={service.id}
        initial={fields}
        existing={service}
        save={(input) => services.update(service.id, input)}
        onSaved={() => {
          status.say(t('serviceForm.saved'));
          void navigate('/referrals/services');
        }}
        onCancel={() => void navigate('/referrals/services')}
      />
    </>
  );
}
