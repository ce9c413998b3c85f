/** Add a service to the directory, or change one. */
import { useNavigate, useParams } from 'react-router';
import { services, useService } from '../../../data';
import { PageHeader } from '../../../ui/PageHeader';
import { useStatus } from '../../../ui/StatusProvider';
import { ServiceForm } from './ServiceForm';

export function NewServiceScreen() {
  const navigate = useNavigate();
  const status = useStatus();
  return (
    <>
      <PageHeader title="Add a service" />
      <ServiceForm
        initial={{ name: '', categories: [], languages: [], interpretationOffered: false, active: true }}
        save={(input) => services.create(input)}
        onSaved={(s) => {
          status.say(`${s.name} added`);
          void navigate('/referrals/services');
        }}
        onCancel={() => void navigate('/referrals/services')}
      />
    </>
  );
}

export function EditServiceScreen() {
  const { serviceId } = useParams();
  const navigate = useNavigate();
  const status = useStatus();
  const service = useService(serviceId);
  if (!service) return <PageHeader title="Service" lede="Loading…" />;
  const { id: _id, createdAt: _c, updatedAt: _u, demo: _d, ...fields } = service;
  return (
    <>
      <PageHeader title={`Edit ${service.name}`} />
      <ServiceForm
        key={service.id}
        initial={fields}
        existing={service}
        save={(input) => services.update(service.id, input)}
        onSaved={() => {
          status.say('Saved');
          void navigate('/referrals/services');
        }}
        onCancel={() => void navigate('/referrals/services')}
      />
    </>
  );
}
