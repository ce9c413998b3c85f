/**
 * Moving a referral on. Declined and no contact need a reason from the list; sending a
 * referral without recorded consent needs a written reason; an outcome can be noted.
 * What is missing is said here, in the volunteer's language, before the command is asked.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentGate } from '../../../../shared/referrals/transitions';
import { REFERRAL_CLOSE_REASONS, type Client, type Referral, type ReferralCloseReason, type ReferralStatus } from '../../../../shared/schemas';
import { changeReferralStatus } from '../../../data';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';

export function MoveReferralDialog({ referral, client, to, onClose }: { referral: Referral; client: Client; to: ReferralStatus; onClose: () => void }) {
  const { t } = useTranslation('referrals');
  const status = useStatus();
  const [reason, setReason] = useState<ReferralCloseReason | ''>('');
  const [override, setOverride] = useState(referral.consentOverrideReason ?? '');
  const [outcome, setOutcome] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const needsReason = to === 'declined' || to === 'no-contact';
  const needsOverride = to === 'sent' && client.consents.sharing?.given !== true;
  const closes = needsReason || to === 'completed';

  const confirm = async () => {
    if (reason === '' && (to === 'declined' || to === 'no-contact')) return setProblem(t(`move.chooseWhy.${to}`));
    const gate = needsOverride ? consentGate(client, { consentOverrideReason: override }) : { ok: true as const };
    if (!gate.ok) return setProblem(t(`consent.problem.${gate.problem}`));
    try {
      await changeReferralStatus(referral.id, to, {
        reason: reason || undefined,
        overrideReason: needsOverride ? override : undefined,
        outcome: closes ? outcome : undefined,
      });
      status.say(t(`move.done.${to}`));
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };
  return (
    <Dialog title={t(`move.title.${to}`)} onClose={onClose}>
      {to === 'sent' ? <p>{t('move.sendsNothing')}</p> : null}
      <div className="form">
        {needsReason ? (
          <label>
            <span className="field__label">{t('move.why')}</span>
            <select
              className="select"
              value={reason}
              aria-invalid={problem && reason === '' ? true : undefined}
              onChange={(e) => setReason(e.target.value as ReferralCloseReason | '')}
            >
              <option value="">{t('move.chooseReason')}</option>
              {REFERRAL_CLOSE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`closeReason.${r}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {needsOverride ? (
          <label>
            <span className="field__label">{t('move.override')}</span>
            <input className="input" value={override} onChange={(e) => setOverride(e.target.value)} />
          </label>
        ) : null}
        {closes ? (
          <label>
            <span className="field__label">{t('move.outcome')}</span>
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
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button variant="primary" onClick={() => void confirm()}>
          {t(`move.confirm.${to}`)}
        </Button>
      </div>
    </Dialog>
  );
}
