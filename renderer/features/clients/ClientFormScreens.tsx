/** Register a new client, or edit one: the same form, different starting points. */
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { blankClientForm, clientToForm } from '../../../shared/frontdesk/client-form';
import { clients, useClient, useClientDirectory } from '../../data';
import { localToday } from '../../format/dates';
import { PageHeader } from '../../ui/PageHeader';
import { useStatus } from '../../ui/StatusProvider';
import { UserText } from '../../ui/UserText';
import { ClientForm } from './ClientForm';
import { lastRecorder, rememberRecorder } from './recorder';
import { Loading } from '../../ui/Loading';

export function RegisterClientScreen() {
  const { t } = useTranslation('clients');
  const navigate = useNavigate();
  const status = useStatus();
  const directory = useClientDirectory();
  return (
    <>
      <PageHeader title={t('register.title')} lede={t('register.lede')} />
      {directory ? (
        <ClientForm
          initial={blankClientForm(localToday(), lastRecorder())}
          everyone={directory.all}
          save={(input) => clients.create(input)}
          onSaved={(client) => {
            rememberRecorder(client.consents.storage.recordedBy);
            status.say(t('register.registered', { ref: client.ref }));
            void navigate(`/clients/${client.id}`);
          }}
          onSamePerson={(client) => void navigate(`/clients/${client.id}`)}
          onCancel={() => void navigate('/clients')}
        />
      ) : (
        <Loading label={t('register.loading')} />
      )}
    </>
  );
}

export function EditClientScreen() {
  const { t } = useTranslation('clients');
  const { clientId } = useParams();
  const navigate = useNavigate();
  const status = useStatus();
  const client = useClient(clientId);
  if (client === undefined) return <PageHeader title={t('register.editTitle')} lede={t('register.loading')} />;
  return (
    <>
      <PageHeader title={t('register.editRef', { ref: client.ref })} lede={<UserText>{client.name}</UserText>} />
      <ClientForm
        key={client.id}
        initial={clientToForm(client, localToday())}
        existing={client}
        save={(input) => clients.update(client.id, input)}
        onSaved={() => {
          status.say(t('register.saved'));
          void navigate(`/clients/${client.id}`);
        }}
        onCancel={() => void navigate(`/clients/${client.id}`)}
      />
    </>
  );
}
