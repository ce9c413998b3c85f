/**
 * Records a consent the person took back, with its date and who recorded it. Withdrawing
 * consent to keep their details means the record cannot stay as it is: the dialog explains
 * the two choices, erasing it now or restricting it (kept, but out of lists and reports).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Client, ConsentKind } from '../../../shared/schemas';
import { withdrawConsent } from '../../data';
import { localNow } from '../../platform/clock';
import { useSignedInUser } from '../../security/session';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useStatus } from '../../ui/StatusProvider';
import { rightsFailure } from './rights-messages';
import { useCan } from '../../security/permissions';

export function ConsentWithdrawalDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation('privacy');
  const status = useStatus();
  const navigate = useNavigate();
  const me = useSignedInUser();
  const given = (['storage', 'sharing', 'contact'] as const).filter((kind) => client.consents[kind]?.given && !(kind === 'storage' && client.restriction));
  const [consent, setConsent] = useState<ConsentKind | undefined>(given[0]);
  const [then, setThen] = useState<'erase' | 'restrict'>('restrict');
  // Erasing is the administrator's; anyone else records the withdrawal and restricts.
  const canErase = useCan('rights.erase');
  const [date, setDate] = useState(localNow().date);
  const [recordedBy, setRecordedBy] = useState(me?.name ?? '');
  const [problem, setProblem] = useState<string>();

  const save = async () => {
    if (!consent || !date || recordedBy.trim() === '') {
      setProblem(t('rights.withdraw.needed'));
      return;
    }
    try {
      const result = await withdrawConsent(client.id, { consent, date, recordedBy: recordedBy.trim(), ...(consent === 'storage' ? { then } : {}) });
      status.say(t(`rights.withdraw.done.${result.kind}`));
      onClose();
      if (result.kind === 'erased') void navigate('/clients');
    } catch (error) {
      status.error(rightsFailure(t, error));
    }
  };

  return (
    <Dialog title={t('rights.withdraw.title')} onClose={onClose}>
      {given.length === 0 ? (
        <p>{t('rights.withdraw.noneGiven')}</p>
      ) : (
        <>
          <fieldset className="field">
            <legend className="field__label">{t('rights.withdraw.which')}</legend>
            {given.map((kind) => (
              <label key={kind} className="checkbox">
                <input type="radio" name="withdrawn-consent" checked={consent === kind} onChange={() => setConsent(kind)} />
                {t(`rights.consent.${kind}`)}
              </label>
            ))}
          </fieldset>
          {consent === 'storage' ? (
            <fieldset className="field">
              <legend className="field__label">{t('rights.withdraw.then')}</legend>
              <p className="field__hint">{t('rights.withdraw.thenExplain')}</p>
              <label className="checkbox">
                <input type="radio" name="withdrawn-then" checked={then === 'restrict'} onChange={() => setThen('restrict')} />
                {t('rights.withdraw.restrict')}
              </label>
              {canErase ? (
                <label className="checkbox">
                  <input type="radio" name="withdrawn-then" checked={then === 'erase'} onChange={() => setThen('erase')} />
                  {t('rights.withdraw.erase')}
                </label>
              ) : null}
            </fieldset>
          ) : null}
          <DateField label={t('rights.withdraw.date')} value={date} onChange={setDate} />
          <Field label={t('rights.recordedBy')} error={problem}>
            <input className="input" value={recordedBy} onChange={(e) => setRecordedBy(e.target.value)} />
          </Field>
        </>
      )}
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('rights.cancel')}</Button>
        {given.length > 0 ? (
          <Button variant={consent === 'storage' && then === 'erase' ? 'danger' : 'primary'} onClick={() => void save()}>
            {t('rights.withdraw.confirm')}
          </Button>
        ) : null}
      </div>
    </Dialog>
  );
}
