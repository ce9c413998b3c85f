/**
 * A restricted record says so, and why. A role that may record consent can lift it: one
 * that followed withdrawn storage consent only once the person gives that consent again
 * (recorded with its date), one the person asked for once they agree or the reason ends.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/schemas';
import { liftRestriction } from '../../data';
import { useFormat } from '../../i18n';
import { useCan } from '../../security/permissions';
import { Button } from '../../ui/Button';
import { useStatus } from '../../ui/StatusProvider';
import { DatedDecisionDialog } from './DatedDecisionDialog';

export function RestrictionNotice({ client }: { client: Client }) {
  const { t } = useTranslation('privacy');
  const format = useFormat();
  const canLift = useCan('consent.record');
  const [lifting, setLifting] = useState(false);
  if (!client.restriction) return null;
  const withdrawn = client.restriction.reason === 'storage-consent-withdrawn';
  return (
    <div className="attention-notice" role="note" aria-label={t('rights.restricted.label')}>
      <p>
        <strong>{t('rights.restricted.title', { date: format.date(client.restriction.since) })}</strong>{' '}
        {withdrawn ? t('rights.restricted.explainWithdrawn') : t('rights.restricted.explainAsked')}
      </p>
      {canLift ? <Button onClick={() => setLifting(true)}>{t('rights.lift.open')}</Button> : null}
      {lifting ? <LiftDialog client={client} withdrawn={withdrawn} onClose={() => setLifting(false)} /> : null}
    </div>
  );
}

function LiftDialog({ client, withdrawn, onClose }: { client: Client; withdrawn: boolean; onClose: () => void }) {
  const { t } = useTranslation('privacy');
  const status = useStatus();
  return (
    <DatedDecisionDialog
      title={t('rights.lift.title')}
      explain={withdrawn ? t('rights.lift.explain') : t('rights.lift.explainAsked')}
      dateLabel={withdrawn ? t('rights.lift.date') : t('rights.lift.dateAsked')}
      confirm={t('rights.lift.confirm')}
      needed={t('rights.lift.needed')}
      onConfirm={async (date, recordedBy) => {
        await liftRestriction(client.id, { date, recordedBy });
        status.say(t('rights.lift.done'));
      }}
      onClose={onClose}
    />
  );
}
