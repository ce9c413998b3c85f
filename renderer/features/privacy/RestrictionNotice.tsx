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
import { localNow } from '../../platform/clock';
import { useCan } from '../../security/permissions';
import { useSignedInUser } from '../../security/session';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { DateField } from '../../ui/DateField';
import { Field } from '../../ui/Field';
import { useStatus } from '../../ui/StatusProvider';
import { rightsFailure } from './rights-messages';

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
  const me = useSignedInUser();
  const [date, setDate] = useState(localNow().date);
  const [recordedBy, setRecordedBy] = useState(me?.name ?? '');
  const [problem, setProblem] = useState<string>();
  const lift = async () => {
    if (!date || recordedBy.trim() === '') {
      setProblem(t('rights.lift.needed'));
      return;
    }
    try {
      await liftRestriction(client.id, { date, recordedBy: recordedBy.trim() });
      status.say(t('rights.lift.done'));
      onClose();
    } catch (error) {
      status.error(rightsFailure(t, error));
    }
  };
  return (
    <Dialog title={t('rights.lift.title')} onClose={onClose}>
      <p>{withdrawn ? t('rights.lift.explain') : t('rights.lift.explainAsked')}</p>
      <DateField label={withdrawn ? t('rights.lift.date') : t('rights.lift.dateAsked')} value={date} onChange={setDate} />
      <Field label={t('rights.recordedBy')} error={problem}>
        <input className="input" value={recordedBy} onChange={(e) => setRecordedBy(e.target.value)} />
      </Field>
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('rights.cancel')}</Button>
        <Button variant="primary" onClick={() => void lift()}>
          {t('rights.lift.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
