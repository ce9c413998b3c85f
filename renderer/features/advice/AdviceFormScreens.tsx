/**
 * Log advice (from an appointment or walk-in, from a client's page, or on its own) and
 * edit an entry. From an appointment, the client, clinic and date are filled in.
 */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { AdviceEntry, AdviceEntryInput, Client } from '../../../shared/schemas';
import { logAdvice, updateAdvice, useAdviceEntry, useAppointment, useClient } from '../../data';
import { localToday } from '../../format/dates';
import { PageHeader } from '../../ui/PageHeader';
import { useStatus } from '../../ui/StatusProvider';
import { ClientFinder } from '../clients/ClientFinder';
import { lastRecorder, rememberRecorder } from '../clients/recorder';
import { AdviceForm } from './AdviceForm';

export function LogAdviceScreen() {
  const { t } = useTranslation('advice');
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const status = useStatus();
  const appointment = useAppointment(params.get('appointment') ?? undefined);
  const clientId = params.get('client') ?? appointment?.clientId;
  const client = useClient(clientId);
  const waitingForAppointment = params.get('appointment') && !appointment;

  if (!client || waitingForAppointment) {
    return (
      <>
        <PageHeader title={t('screens.logTitle')} lede={t('screens.whoWith')} />
        <div className="panel">
          <ClientFinder chooseLabel={t('screens.logFor')} onChoose={(c: Client) => setParams({ client: c.id })} />
        </div>
      </>
    );
  }
  const initial: AdviceEntryInput = {
    clientId: client.id,
    date: appointment?.date ?? localToday(),
    adviserName: lastRecorder(),
    categories: [],
    outcome: 'advice-given',
    minutes: 30,
    followUpDone: false,
    ...(appointment ? { clinicId: appointment.clinicId, appointmentId: appointment.id } : {}),
  };
  return (
    <>
      <PageHeader title={t('screens.logTitle')} />
      <AdviceForm
        client={client}
        initial={initial}
        save={(input) => logAdvice(input, localToday())}
        onSaved={(entry: AdviceEntry) => {
          rememberRecorder(entry.adviserName);
          status.say(t('screens.logged'));
          void navigate(`/clients/${entry.clientId}`);
        }}
        onCancel={() => void navigate(-1)}
      />
    </>
  );
}

export function EditAdviceScreen() {
  const { t } = useTranslation('advice');
  const { entryId } = useParams();
  const navigate = useNavigate();
  const status = useStatus();
  const entry = useAdviceEntry(entryId);
  const client = useClient(entry?.clientId);
  if (!entry || !client) return <PageHeader title={t('screens.entryTitle')} lede={t('screens.loading')} />;
  const { id: _id, createdAt: _c, updatedAt: _u, demo: _d, ...fields } = entry;
  return (
    <>
      <PageHeader
        title={t('screens.entryTitle')}
        actions={
          <Link className="button button--secondary" to={`/referrals/new?advice=${entry.id}`}>
            {t('screens.referFromEntry')}
          </Link>
        }
      />
      <AdviceForm
        key={entry.id}
        client={client}
        existing={entry}
        initial={fields}
        save={(input) => updateAdvice(entry.id, input, localToday())}
        onSaved={() => {
          status.say(t('screens.saved'));
          void navigate(`/clients/${entry.clientId}`);
        }}
        onCancel={() => void navigate(-1)}
      />
    </>
  );
}
