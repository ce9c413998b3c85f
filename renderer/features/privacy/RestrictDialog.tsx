/**
 * Restricting a record at the person's request (UK GDPR article 18): the date they asked
 * and who recorded it, with what restriction does in plain words, so the volunteer can
 * tell the person before they confirm.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/schemas';
import { restrictClient } from '../../data';
import { localNow } from '../../platform/clock';
import { useSignedInUser } from '../../security/session';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { Field } from '../../ui/Field';
import { Dialog } from '../../ui/Dialog';
import { useStatus } from '../../ui/StatusProvider';
import { rightsFailure } from './rights-messages';

export function RestrictDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation('privacy');
  const status = useStatus();
  const me = useSignedInUser();
  const [date, setDate] = useState(localNow().date);
  const [recordedBy, setRecordedBy] = useState(me?.name ?? '');
  const [problem, setProblem] = useState<string>();

  const save = async () => {
    if (!date || recordedBy.trim() === '') {
      setProblem(t('rights.restrict.needed'));
      return;
    }
    try {
      await restrictClient(client.id, date, recordedBy.trim());
      status.say(t('rights.restrict.done'));
      onClose();
    } catch (error) {
      status.error(rightsFailure(t, error));
    }
  };

  return (
    <Dialog title={t('rights.restrict.title')} onClose={onClose}>
      <p>{t('rights.restrict.explain')}</p>
      <DateField label={t('rights.restrict.date')} value={date} onChange={setDate} />
      <Field label={t('rights.recordedBy')} error={problem}>
        <input className="input" value={recordedBy} onChange={(e) => setRecordedBy(e.target.value)} />
      </Field>
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('rights.cancel')}</Button>
        <Button variant="primary" onClick={() => void save()}>
          {t('rights.restrict.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
