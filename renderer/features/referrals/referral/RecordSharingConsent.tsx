/**
 * Recording the client's consent to share from inside the referral form, so the person
 * making the referral does not have to leave it (and lose what they typed) to go to the
 * client's page. Not a form of its own: it sits inside the referral form.
 */
import { useState } from 'react';
import type { Client } from '../../../../shared/schemas';
import { clients } from '../../../data';
import { localToday } from '../../../format/dates';
import { Button } from '../../../ui/Button';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { CONSENT_LABELS } from '../../clients/client-labels';
import { lastRecorder, rememberRecorder } from '../../clients/recorder';

export function RecordSharingConsent({ client }: { client: Client }) {
  const status = useStatus();
  const [agreed, setAgreed] = useState(false);
  const [recorder, setRecorder] = useState(lastRecorder());
  const [problem, setProblem] = useState<string | null>(null);

  const record = async () => {
    if (!agreed) return setProblem('Tick the box once the person has agreed to their details being shared.');
    if (!recorder.trim()) return setProblem('Enter your name as the person recording this consent.');
    setProblem(null);
    try {
      await clients.patch(client.id, {
        consents: { ...client.consents, sharing: { given: true, date: localToday(), recordedBy: recorder.trim() } },
      });
      rememberRecorder(recorder.trim());
      status.say('Consent to share recorded');
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };

  return (
    <div className="record-consent" role="group" aria-label="Record consent to share">
      <label className="checkbox">
        <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} /> {CONSENT_LABELS.sharing}
      </label>
      <label className="inline-field">
        Recorded by <input className="input input--short" value={recorder} onChange={(e) => setRecorder(e.target.value)} />
      </label>
      <Button onClick={() => void record()}>Record consent</Button>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
