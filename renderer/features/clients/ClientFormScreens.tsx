/** Register a new client, or edit one: the same form, different starting points. */
import { useNavigate, useParams } from 'react-router';
import { blankClientForm, clientToForm } from '../../../shared/frontdesk/client-form';
import { clients, useClient, useClientDirectory } from '../../data';
import { localToday } from '../../format/dates';
import { PageHeader } from '../../ui/PageHeader';
import { useStatus } from '../../ui/StatusProvider';
import { ClientForm } from './ClientForm';
import { lastRecorder, rememberRecorder } from './recorder';

export function RegisterClientScreen() {
  const navigate = useNavigate();
  const status = useStatus();
  const directory = useClientDirectory();
  return (
    <>
      <PageHeader title="Register a person" lede="Only what helps us help them. Fields other than the name are optional." />
      {directory ? (
        <ClientForm
          initial={blankClientForm(localToday(), lastRecorder())}
          everyone={directory.all}
          save={(input) => clients.create(input)}
          onSaved={(client) => {
            rememberRecorder(client.consents.storage.recordedBy);
            status.say(`Registered ${client.ref}`);
            void navigate(`/clients/${client.id}`);
          }}
          onSamePerson={(client) => void navigate(`/clients/${client.id}`)}
          onCancel={() => void navigate('/clients')}
        />
      ) : (
        <p className="muted">Loading…</p>
      )}
    </>
  );
}

export function EditClientScreen() {
  const { clientId } = useParams();
  const navigate = useNavigate();
  const status = useStatus();
  const client = useClient(clientId);
  if (client === undefined) return <PageHeader title="Edit client" lede="Loading…" />;
  return (
    <>
      <PageHeader title={`Edit ${client.ref}`} lede={<bdi>{client.name}</bdi>} />
      <ClientForm
        key={client.id}
        initial={clientToForm(client, localToday())}
        existing={client}
        save={(input) => clients.update(client.id, input)}
        onSaved={() => {
          status.say('Saved');
          void navigate(`/clients/${client.id}`);
        }}
        onCancel={() => void navigate(`/clients/${client.id}`)}
      />
    </>
  );
}
