/**
 * One referral: where, why, what was shared and on what consent, its history, and the
 * next steps its state allows. Closing as declined or no contact asks why. Signpost sends
 * nothing itself: "Mark as sent" records that it went, and the summary is offered for
 * printing or saving as a PDF to give or email to the service.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { languageName } from '../../../../shared/codes/languages';
import { categoryLabel } from '../../../../shared/advice/categories';
import { consentLine, referralSummary } from '../../../../shared/referrals/summary';
import { REFERRAL_CLOSE_REASON_LABELS, REFERRAL_STATUS_LABELS, REFERRAL_TRANSITIONS } from '../../../../shared/referrals/transitions';
import type { ReferralStatus } from '../../../../shared/schemas';
import { useClient, useReferral, useService, useSettings } from '../../../data';
import { formatDateTime, formatShortDate, localToday } from '../../../format/dates';
import { REFERRAL_STATUS } from '../../../format/labels';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { PrintPreviewDialog } from '../../../ui/PrintPreviewDialog';
import { MoveReferralDialog } from './MoveReferralDialog';
import { ReferralSummarySheet } from './ReferralSummarySheet';
import { IsolatedClientName } from './IsolatedClientName';

const ACTION_LABELS: Record<ReferralStatus, string> = {
  draft: 'Back to draft',
  sent: 'Mark as sent',
  acknowledged: 'Acknowledged',
  accepted: 'Accepted',
  declined: 'Declined…',
  completed: 'Completed',
  'no-contact': 'No contact…',
};

export function ReferralPage() {
  const { referralId } = useParams();
  const referral = useReferral(referralId);
  const client = useClient(referral?.clientId);
  const service = useService(referral?.serviceId);
  const settings = useSettings();
  const [moving, setMoving] = useState<ReferralStatus | null>(null);
  const [printing, setPrinting] = useState(false);

  if (!referral || !client || !service || !settings) {
    return (
      <>
        <PageHeader title="Referral" />
        {referral === undefined ? null : (
          <EmptyState title="Loading…">
            <Link to="/referrals">Back to referrals</Link>
          </EmptyState>
        )}
      </>
    );
  }
  const status = REFERRAL_STATUS[referral.status];
  const overdue = referral.followUpDue && referral.followUpDue < localToday() && ['sent', 'acknowledged', 'accepted'].includes(referral.status);
  const summary = referralSummary(referral, client, service, settings.issueCategories, languageName, settings);
  return (
    <>
      <PageHeader
        title={`Referral to ${service.name}`}
        lede={
          <>
            <Link to={`/clients/${client.id}`}>
              <IsolatedClientName name={client.name} nameLatin={client.nameLatin} />
            </Link>{' '}
            · {formatShortDate(referral.date)} <Badge tone={status.tone}>{status.label}</Badge>
            {overdue ? <Badge tone="danger">Follow-up overdue</Badge> : null}
          </>
        }
        actions={<Button onClick={() => setPrinting(true)}>Print or save summary</Button>}
      />
      {referral.status === 'sent' ? (
        <section className="panel referral-sent" aria-label="Give the service the summary">
          <p>
            Marked as sent. Signpost does not send anything itself: print the summary, or save it as a PDF, to give or email to{' '}
            <bdi>{service.name}</bdi>.
          </p>
          <Button variant="primary" onClick={() => setPrinting(true)}>
            Print or save the summary
          </Button>
        </section>
      ) : null}
      <div className="client-page">
        <div className="client-page__side">
          <Panel title="Details">
            <dl className="pairs pairs--stacked">
              <div>
                <dt>Reason</dt>
                <dd>{categoryLabel(settings.issueCategories, referral.reasonCategory)}</dd>
              </div>
              <div>
                <dt>Follow up by</dt>
                <dd>{referral.followUpDue ? formatShortDate(referral.followUpDue) : '–'}</dd>
              </div>
              <div>
                <dt>Shared</dt>
                <dd>{summary.lines.map((l) => l.label).join(', ') || 'Nothing'}</dd>
              </div>
              <div>
                <dt>Consent</dt>
                <dd>{consentLine(client, referral)}</dd>
              </div>
              {referral.closeReason ? (
                <div>
                  <dt>Why it closed</dt>
                  <dd>{REFERRAL_CLOSE_REASON_LABELS[referral.closeReason]}</dd>
                </div>
              ) : null}
            </dl>
          </Panel>
          <Panel title="Next step">
            {REFERRAL_TRANSITIONS[referral.status].length === 0 ? (
              <p className="muted">This referral is closed.</p>
            ) : (
              <div className="appointment-actions" role="group" aria-label="Referral actions">
                {REFERRAL_TRANSITIONS[referral.status].map((to) => (
                  <Button key={to} variant={to === 'sent' || to === 'completed' ? 'primary' : 'secondary'} onClick={() => setMoving(to)}>
                    {ACTION_LABELS[to]}
                  </Button>
                ))}
              </div>
            )}
          </Panel>
        </div>
        <Panel title="History">
          <ol className="timeline" aria-label="Referral history">
            {[...referral.history].reverse().map((change, index) => (
              <li key={index} className="timeline__item">
                <time className="timeline__date">{formatDateTime(change.at)}</time>
                <span>{REFERRAL_STATUS_LABELS[change.status]}</span>
              </li>
            ))}
          </ol>
        </Panel>
      </div>
      {moving ? <MoveReferralDialog referral={referral} client={client} to={moving} onClose={() => setMoving(null)} /> : null}
      {printing ? (
        <PrintPreviewDialog
          title="Print the referral summary"
          suggestedName={`referral-${referral.date}.pdf`}
          onClose={() => setPrinting(false)}
          sheet={<ReferralSummarySheet summary={summary} />}
        />
      ) : null}
    </>
  );
}
