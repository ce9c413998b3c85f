/** A place someone holds: what no longer fits, the reason it was overridden, or free it again. */
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../shared/rota/rules';
import type { Shift } from '../../../../shared/schemas';
import { unassignShift } from '../../../data';
import { useFormat } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { useRotaWords } from '../words/use-rota-words';

export function HeldShiftDialog({ shift, name, problems, onClose }: { shift: Shift; name: string; problems: readonly Problem[]; onClose: () => void }) {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const words = useRotaWords();
  const status = useStatus();
  const free = async () => {
    try {
      await unassignShift(shift.id);
      status.say(t('held.takenOff', { name: words.name(name) }));
      onClose();
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };
  const when = { date: format.date(shift.date, 'long'), time: words.timeRange(shift.startTime, shift.endTime) };
  return (
    <Dialog title={t('held.title', { name: words.name(name), role: words.role(shift.role) })} onClose={onClose}>
      <p>{shift.language ? t('held.whenInterpreting', { ...when, language: words.language(shift.language) }) : t('held.when', when)}</p>
      {problems.length > 0 ? (
        <div className="consent-note consent-note--warn" role="note" aria-label={t('held.recheck')}>
          <p>{t('held.noLongerFits', { name: words.name(name) })}</p>
          <ul>
            {problems.map((p, index) => (
              <li key={`${p.code}-${index}`}>{words.problem(p)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {shift.overrideReason ? (
        <p className="consent-note consent-note--warn">{t('held.override', { reason: words.name(shift.overrideReason) })}</p>
      ) : null}
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('held.close')}</Button>
        <Button variant="danger" onClick={() => void free()}>
          {t('held.takeOff')}
        </Button>
      </div>
    </Dialog>
  );
}
