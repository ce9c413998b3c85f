/** A restricted record says so, and can be lifted once the person gives consent again. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/schemas';
import { liftRestriction } from '../../data';
import { useFormat } from '../../i18n';
import { localNow } from '../../platform/clock';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { DateField } from '../../ui/DateField';
import { Field } from '../../ui/Field';
import { useStatus } from '../../ui/StatusProvider';
import { rightsFailure } from './rights-messages';

export function RestrictionNotice({ client }: { client: Client }) {
  const { t } = useTranslation('privacy');
  const format = useFormat();
  const status = useStatus();
  const [lifting, setLifting] = useState(false);
  const [date, setDate] = useState(localNow().date);
  const [recordedBy, setRecordedBy] = useState('');
  const [problem, setProblem] = useState<string>();
  if (!client.restriction) return null;
  const lift = async () => {
    if (!date || recordedBy.trim() === '') {
      setProblem(t('rights.lift.needed'));
      return;
    }
    try {
      await liftRestriction(client.id, { date, recordedBy: recordedBy.trim() });
      status.say(t('rights.lift.done'));
      setLifting(false);
    } catch (error) {
      status.error(rightsFailure(t, error));
    }
  };
  return (
    <div className="attention-notice" role="note" aria-label={t('rights.restricted.label')}>
      <p>
        <strong>{t('rights.restricted.title', { date: format.date(client.restriction.since) })}</strong>{' '}
        {client.restriction.reason === 'storage-consent-withdrawn' ? t('rights.restricted.explainWithdrawn') : t('rights.restricted.explainAsked')}
      </p>
      <Button onClick={() => setLifting(true)}>{t('rights.lift.open')}</Button>
      {lifting ? (
        <Dialog title={t('rights.lift.title')} onClose={() => setLifting(false)}>
          <p>{t('rights.lift.explain')}</p>
          <DateField label={t('rights.lift.date')} value={date} onChange={setDate} />
          <Field label={t('rights.recordedBy')} error={problem}>
            <input className="input" value={recordedBy} onChange={(e) => setRecordedBy(e.target.value)} />
          </Field>
          <div className="dialog__actions">
            <Button onClick={() => setLifting(false)}>{t('rights.cancel')}</Button>
            <Button variant="primary" onClick={() => void lift()}>
              {t('rights.lift.confirm')}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
