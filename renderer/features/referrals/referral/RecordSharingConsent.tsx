/**
 * Recording the client's consent to share from inside the referral form, so the person
 * making the referral does not have to leave it (and lose what they typed) to go to the
 * client's page. Not a form of its own: it sits inside the referral form.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/schemas';
import { clients } from '../../../data';
import { localToday } from '../../../format/dates';
import { Button } from '../../../ui/Button';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { lastRecorder, rememberRecorder } from '../../clients/recorder';

export function RecordSharingConsent({ client }: { client: Client }) {
  const { t } = useTranslation('referrals');
  const status = useStatus();
  const [agreed, setAgreed] = useState(false);
  const [recorder, setRecorder] = useState(lastRecorder());
  const [problem, setProblem] = useState<string | null>(null);

  const record = async () => {
    if (!agreed) return setProblem(t('consent.tickFirst'));
    if (!recorder.trim()) return setProblem(t('consent.whoRecords'));
    setProblem(null);
    try {
      await clients.patch(client.id, {
        consents: { ...client.consents, sharing: { given: true, date: localToday(), recordedBy: recorder.trim() } },
      });
      rememberRecorder(recorder.trim());
      status.say(t('consent.recorded'));
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };

  return (
    <div className="record-consent" role="group" aria-label={t('consent.group')}>
      <label className="checkbox">
        <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} /> {t('consent.agrees')}
      </label>
      <label className="inline-field">
        {t('consent.recordedBy')} <input className="input input--short" value={recorder} onChange={(e) => setRecorder(e.target.value)} />
      </label>
      <Button onClick={() => void record()}>{t('consent.record')}</Button>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
