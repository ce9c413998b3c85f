/** One client: who they are, their consents, and everything that happened, in one timeline. */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { problemsOf, useClient, useClientAdvice, useClientAppointments, useClientReferrals } from '../../data';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { BookingDialog } from '../clinics/booking/BookingDialog';
import { ClientDetails } from './ClientDetails';
import { ClientTimeline } from './ClientTimeline';
import { ConsentPanel } from './ConsentPanel';
import { wordMessage } from '../../i18n';

export function ClientPage() {
  const { clientId = '' } = useParams();
  const client = useClient(clientId);
  const appointments = useClientAppointments(clientId);
  const advice = useClientAdvice(clientId);
  const referrals = useClientReferrals(clientId);
  const [booking, setBooking] = useState(false);

  if (client === undefined) {
    return (
      <>
        <PageHeader title="Client" />
        <EmptyState title="This client could not be found.">
          They may have been removed. <Link to="/clients">Back to clients</Link>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={client.nameLatin ? `${client.name} (${client.nameLatin})` : client.name}
        lede={<span className="ref">{client.ref}</span>}
        actions={
          <>
            <Link className="button button--secondary" to={`/clients/${client.id}/edit`}>
              Edit details
            </Link>
            <Link className="button button--secondary" to={`/advice/new?client=${client.id}`}>
              Log advice
            </Link>
            <Link className="button button--secondary" to={`/referrals/new?client=${client.id}`}>
              Refer
            </Link>
            <Button variant="primary" onClick={() => setBooking(true)}>
              Book an appointment
            </Button>
          </>
        }
      />
      <NeedsAttention client={client} />
      <div className="client-page">
        <div className="client-page__side">
          <ClientDetails client={client} />
          <ConsentPanel client={client} />
        </div>
        <Panel title="Timeline">
          {appointments && advice && referrals ? (
            <ClientTimeline appointments={appointments} advice={advice} referrals={referrals} />
          ) : (
            <p className="muted">Loading…</p>
          )}
        </Panel>
      </div>
      {booking ? <BookingDialog client={client} onClose={() => setBooking(false)} /> : null}
    </>
  );
}

/** A record read back damaged: say what is wrong and where to fix it; its stored fields are kept. */
function NeedsAttention({ client }: { client: object }) {
  const problems = problemsOf(client);
  if (!problems) return null;
  return (
    <div className="attention-notice" role="note" aria-label="This record needs attention">
      <p>
        <strong>This record needs attention.</strong> It is kept as stored; correct it with Edit details or in{' '}
        <Link to="/settings">Settings → Records that need attention</Link>.
      </p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{problem.path}</code>: {wordMessage(problem.message)}
          </li>
        ))}
      </ul>
    </div>
  );
}
