/** One client: who they are, their consents, and everything that happened, in one timeline. */
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMessageWords } from '../../i18n';
import { problemsOf, useClientHistory, useClientOrNone } from '../../data';
import { useCan } from '../../security/permissions';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { BookingDialog } from '../clinics/booking/BookingDialog';
import { RightsPanel } from '../privacy/RightsPanel';
import { useClientOpenedAudit } from '../privacy/use-client-opened-audit';
import { ClientDetails } from './ClientDetails';
import { ClientTimeline } from './ClientTimeline';
import { ConsentPanel } from './ConsentPanel';
import { Loading } from '../../ui/Loading';

/** The newest part of a client's history shown at first, and how much more each "Show older" adds. */
const TIMELINE_STEP = 25;

export function ClientPage() {
  const { t } = useTranslation('clients');
  const { clientId = '' } = useParams();
  const client = useClientOrNone(clientId);
  const [historyShown, setHistoryShown] = useState(TIMELINE_STEP);
  const history = useClientHistory(clientId, historyShown);
  // The front desk sees the bookings, never the advice notes or referrals (roles.ts);
  // clientHistory reads only what the role may read.
  const canEdit = useCan('clients.write');
  const canBook = useCan('appointments.write');
  const canLogAdvice = useCan('advice.write');
  const canRefer = useCan('referrals.write');
  const [booking, setBooking] = useState(false);
  useClientOpenedAudit(clientId, client != null);

  // Loading, never "not found" until the read has said so.
  if (client === undefined) {
    return (
      <>
        <PageHeader title={t('page.client')} />
        <Loading label={t('page.loading')} />
      </>
    );
  }
  if (client === null) {
    return (
      <>
        <PageHeader title={t('page.client')} />
        <EmptyState title={t('page.notFound')}>
          <Trans t={t} i18nKey="page.notFoundBody" components={{ back: <Link to="/clients" /> }} />
        </EmptyState>
      </>
    );
  }

  // A restricted record takes nothing new (the commands refuse it too); its details can still be corrected.
  const open = client.restriction === undefined;
  return (
    <>
      <PageHeader
        title={client.nameLatin ? t('page.titleWithLatin', { name: client.name, latin: client.nameLatin }) : client.name}
        lede={<span className="ref">{client.ref}</span>}
        actions={
          <>
            {canEdit ? (
              <Link className="button button--secondary" to={`/clients/${client.id}/edit`}>
                {t('page.edit')}
              </Link>
            ) : null}
            {canLogAdvice && open ? (
              <Link className="button button--secondary" to={`/advice/new?client=${client.id}`}>
                {t('page.logAdvice')}
              </Link>
            ) : null}
            {canRefer && open ? (
              <Link className="button button--secondary" to={`/referrals/new?client=${client.id}`}>
                {t('page.refer')}
              </Link>
            ) : null}
            {canBook && open ? (
              <Button variant="primary" onClick={() => setBooking(true)}>
                {t('page.book')}
              </Button>
            ) : null}
          </>
        }
      />
      <NeedsAttention client={client} />
      <div className="client-page">
        <div className="client-page__side">
          <ClientDetails client={client} />
          <ConsentPanel client={client} />
          <RightsPanel client={client} />
        </div>
        <Panel title={t('page.timeline')}>
          {history ? (
            <ClientTimeline history={history} shown={historyShown} onShowOlder={() => setHistoryShown(historyShown + TIMELINE_STEP)} />
          ) : (
            <Loading label={t('page.loading')} />
          )}
        </Panel>
      </div>
      {booking ? <BookingDialog client={client} onClose={() => setBooking(false)} /> : null}
    </>
  );
}

/** A record read back damaged: say what is wrong and where to fix it; its stored fields are kept. */
function NeedsAttention({ client }: { client: object }) {
  const { t } = useTranslation('clients');
  const words = useMessageWords();
  const problems = problemsOf(client);
  if (!problems) return null;
  return (
    <div className="attention-notice" role="note" aria-label={t('page.attentionLabel')}>
      <p>
        <Trans t={t} i18nKey="page.attention" components={{ strong: <strong />, settings: <Link to="/settings" /> }} />
      </p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code dir="ltr">{problem.path}</code>: {words(problem.message)}
          </li>
        ))}
      </ul>
    </div>
  );
}
