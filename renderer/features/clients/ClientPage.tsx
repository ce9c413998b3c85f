/** One client: who they are, their consents, and everything that happened, in one timeline. */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useClient, useClientAdvice, useClientAppointments, useClientReferrals } from '../../data';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { BookingDialog } from '../clinics/booking/BookingDialog';
import { ClientDetails } from './ClientDetails';
import { ClientTimeline } from './ClientTimeline';
import { ConsentPanel } from './ConsentPanel';

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
