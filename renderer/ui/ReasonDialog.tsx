/**
 * Asks for a reason before something is cancelled (an appointment, a session). The
 * action's refusal (e.g. "Give a reason for cancelling") is shown by the field.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { refusalMessage } from './form-errors';

interface ReasonDialogProps {
  title: string;
  keepLabel: string;
  confirmLabel: string;
  /** Does the thing; throws a refusal to keep the dialog open with its message. */
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
  children?: ReactNode;
}

export function ReasonDialog({ title, keepLabel, confirmLabel, onConfirm, onClose, children }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  const confirm = async () => {
    try {
      await onConfirm(reason);
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <label>
        <span className="field__label">{t('reason.label')}</span>
        <input
          className="input"
          value={reason}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      {problem ? (
        <p className="field__error" id={problemId} role="alert">
          {problem}
        </p>
      ) : null}
      {children}
      <div className="dialog__actions">
        <Button onClick={onClose}>{keepLabel}</Button>
        <Button variant="danger" onClick={() => void confirm()}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
