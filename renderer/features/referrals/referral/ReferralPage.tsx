/**
 * One referral: where, why, what was shared and on what consent, its history, and the
 * next steps its state allows. Closing as declined or no contact asks why. Signpost sends
 * nothing itself: "Mark as sent" records that it went, and the summary is offered for
 * printing or saving as a PDF to give or email to the service.
 */
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { categoryLabel } from '../../../../shared/advice/categories';
import { referralSummary, type ReferralSummaryLine } from '../../../../shared/referrals/summary';
import { REFERRAL_TRANSITIONS } from '../../../../shared/referrals/transitions';
import type { ReferralStatus } from '../../../../shared/schemas';
import { useClient, useReferral, useService, useSettings } from '../../../data';
import { localToday } from '../../../format/dates';
import { ReferralStatusBadge } from '../../../ui/StatusBadge';
import { i18n, useFormat, type Language } from '../../../i18n';
import { categoriesIn } from '../category-words';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { isolate, UserText } from '../../../ui/UserText';
import { MoveReferralDialog } from './MoveReferralDialog';
import { PrintSummaryDialog } from './PrintSummaryDialog';
import { IsolatedClientName } from './IsolatedClientName';

export function ReferralPage() {
  const { t } = useTranslation('referrals');
  const { t: advice } = useTranslation('advice');
  const { t: common } = useTranslation('common');
  const format = useFormat();
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
        <PageHeader title={t('page.referral')} />
        {referral === undefined ? null : (
          <EmptyState title={t('loading')}>
            <Link to="/referrals">{t('page.back')}</Link>
          </EmptyState>
        )}
      </>
    );
  }
  const overdue = referral.followUpDue && referral.followUpDue < localToday() && ['sent', 'acknowledged', 'accepted'].includes(referral.status);
  const summary = referralSummary(referral, client, service, categoriesIn(settings.issueCategories, advice), settings);
  const summaryIn = (language: Language) =>
    referralSummary(referral, client, service, categoriesIn(settings.issueCategories, i18n.getFixedT(language, 'advice')), settings);
  const sharedNames = (lines: ReferralSummaryLine[]) => format.list(lines.map((line) => t(`fields.${line.field}`)));
  const consent = summary.consent;
  // A restricted person's summary is never offered: it would carry nothing of theirs, and nothing may be sent.
  const restricted = summary.restricted === true;
  const next = REFERRAL_TRANSITIONS[referral.status].filter((to) => !(restricted && to === 'sent'));
  return (
    <>
      <PageHeader
        title={t('page.title', { service: isolate(service.name) })}
        lede={
          <>
            <Link to={`/clients/${client.id}`}>
              {restricted ? common('restricted.withRef', { ref: client.ref }) : <IsolatedClientName name={client.name} nameLatin={client.nameLatin} />}
            </Link>{' '}
            · {format.date(referral.date, 'medium')} <ReferralStatusBadge status={referral.status} />
            {overdue ? <Badge tone="danger">{t('page.overdue')}</Badge> : null}
          </>
        }
        actions={restricted ? null : <Button onClick={() => setPrinting(true)}>{t('page.print')}</Button>}
      />
      {restricted ? (
        <p className="attention-notice" role="note">
          {t('page.restricted')}
        </p>
      ) : null}
      {referral.status === 'sent' && !restricted ? (
        <section className="panel referral-sent" aria-label={t('page.sentOffer')}>
          <p>
            <Trans t={t} i18nKey="page.sentExplain" values={{ service: service.name }} components={{ service: <bdi /> }} />
          </p>
          <Button variant="primary" onClick={() => setPrinting(true)}>
            {t('page.printThe')}
          </Button>
        </section>
      ) : null}
      <div className="client-page">
        <div className="client-page__side">
          <Panel title={t('page.details')}>
            <dl className="pairs pairs--stacked">
              <div>
                <dt>{t('form.reason')}</dt>
                <dd>
                  <UserText>{categoryLabel(categoriesIn(settings.issueCategories, advice), referral.reasonCategory)}</UserText>
                </dd>
              </div>
              <div>
                <dt>{t('form.followUp')}</dt>
                <dd>{referral.followUpDue ? format.date(referral.followUpDue, 'medium') : '–'}</dd>
              </div>
              <div>
                <dt>{t('page.shared')}</dt>
                <dd>{summary.lines.length > 0 ? sharedNames(summary.lines) : t('page.nothingShared')}</dd>
              </div>
              <div>
                <dt>{t('page.consent')}</dt>
                <dd>
                  {consent.kind === 'recorded' ? (
                    <Trans
                      t={t}
                      i18nKey="sheet.consentRecorded"
                      values={{ date: format.date(consent.date, 'medium'), recordedBy: consent.recordedBy }}
                      components={{ who: <bdi /> }}
                    />
                  ) : consent.kind === 'override' ? (
                    <Trans t={t} i18nKey="sheet.consentOverride" values={{ reason: consent.reason }} components={{ reason: <bdi /> }} />
                  ) : (
                    t('sheet.consentNone')
                  )}
                </dd>
              </div>
              {referral.closeReason ? (
                <div>
                  <dt>{t('page.whyClosed')}</dt>
                  <dd>{t(`closeReason.${referral.closeReason}`)}</dd>
                </div>
              ) : null}
            </dl>
          </Panel>
          <Panel title={t('page.next')}>
            {next.length === 0 ? (
              <p className="muted">{t('page.closed')}</p>
            ) : (
              <div className="appointment-actions" role="group" aria-label={t('page.actions')}>
                {next.map((to) => (
                  <Button key={to} variant={to === 'sent' || to === 'completed' ? 'primary' : 'secondary'} onClick={() => setMoving(to)}>
                    {t(`action.${to}`)}
                  </Button>
                ))}
              </div>
            )}
          </Panel>
        </div>
        <Panel title={t('page.history')}>
          <ol className="timeline" aria-label={t('page.historyLabel')}>
            {[...referral.history].reverse().map((change, index) => (
              <li key={index} className="timeline__item">
                <time className="timeline__date">{format.dateTime(change.at)}</time>
                <span>{t(`status.${change.status}`)}</span>
              </li>
            ))}
          </ol>
        </Panel>
      </div>
      {moving ? <MoveReferralDialog referral={referral} client={client} to={moving} onClose={() => setMoving(null)} /> : null}
      {printing && !restricted ? <PrintSummaryDialog summaryIn={summaryIn} client={client} onClose={() => setPrinting(false)} /> : null}
    </>
  );
}
