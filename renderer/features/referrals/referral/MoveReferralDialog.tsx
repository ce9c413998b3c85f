/**
 * Moving a referral on. Declined and no contact need a reason from the list; sending a
 * referral without recorded consent needs a written reason; an outcome can be noted.
 */
import { useState } from 'react';
import { REFERRAL_CLOSE_REASON_LABELS, REFERRAL_STATUS_LABELS } from '../../../../shared/referrals/transitions';
import { REFERRAL_CLOSE_REASONS, type Client, type Referral, type ReferralCloseReason, type ReferralStatus } from '../../../../shared/schemas';
import { changeReferralStatus } from '../../../data';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';

export function MoveReferralDialog({ referral, client, to, onClose }: { referral: Referral; client: Client; to: ReferralStatus; onClose: () => void }) {
  const status = useStatus();
  const [reason, setReason] = useState<ReferralCloseReason | ''>('');
  const [override, setOverride] = useState(referral.consentOverrideReason ?? '');
  const [outcome, setOutcome] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const needsReason = to === 'declined' || to === 'no-contact';
  const needsOverride = to === 'sent' && client.consents.sharing?.given !== true;
  const closes = needsReason || to === 'completed';

  const confirm = async () => {
    try {
      await changeReferralStatus(referral.id, to, {
        reason: reason || undefined,
        overrideReason: needsOverride ? override : undefined,
        outcome: closes ? outcome : undefined,
      });
      status.say(to === 'sent' ? 'Referral marked as sent' : `Referral ${REFERRAL_STATUS_LABELS[to].toLowerCase()}`);
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };
  return (
    <Dialog title={`Mark the referral ${REFERRAL_STATUS_LABELS[to].toLowerCase()}?`} onClose={onClose}>
      {to === 'sent' ? <p>Signpost does not send anything itself: once it is marked sent, print the summary or save it as a PDF for the service.</p> : null}
      <div className="form">
        {needsReason ? (
          <label>
            <span className="field__label">Why</span>
            <select className="select" value={reason} onChange={(e) => setReason(e.target.value as ReferralCloseReason | '')}>
              <option value="">Choose a reason</option>
              {REFERRAL_CLOSE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {REFERRAL_CLOSE_REASON_LABELS[r]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {needsOverride ? (
          <label>
            <span className="field__label">Reason to send without recorded consent</span>
            <input className="input" value={override} onChange={(e) => setOverride(e.target.value)} />
          </label>
        ) : null}
        {closes ? (
          <label>
            <span className="field__label">Outcome (optional, private)</span>
            <input className="input" value={outcome} onChange={(e) => setOutcome(e.target.value)} />
          </label>
        ) : null}
        {problem ? (
          <p className="field__error" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      <div className="dialog__actions">
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="primary" onClick={() => void confirm()}>
          {`Mark ${REFERRAL_STATUS_LABELS[to].toLowerCase()}`}
        </Button>
      </div>
    </Dialog>
  );
}
