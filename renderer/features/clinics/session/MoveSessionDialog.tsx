/** Move one session to another date or time; its bookings move with it. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { messageCode } from '../../../../shared/messages/message-code';
import { IsoDate, TimeOfDay, type Session } from '../../../../shared/schemas';
import { moveSession } from '../../../data';
import { localToday } from '../../../format/dates';
import { useFormat } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { FormDateField } from '../../../ui/FormDateField';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { reportWriteError } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';

const MoveValues = z
  .object({ date: IsoDate, startTime: TimeOfDay, endTime: TimeOfDay })
  .refine((v) => v.endTime > v.startTime, { path: ['endTime'], message: messageCode('clinics:validation.end-after-start') });
type MoveValues = z.infer<typeof MoveValues>;

export function MoveSessionDialog({ session, onClose }: { session: Session; onClose: () => void }) {
  const { t } = useTranslation('clinics');
  const format = useFormat();
  const status = useStatus();
  const form = useForm<MoveValues>({
    resolver: zodResolver(MoveValues),
    defaultValues: { date: session.date, startTime: session.startTime, endTime: session.endTime },
  });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const moved = await moveSession(session.id, values, localToday());
      status.say(t('move.done', { date: format.date(moved.date, 'long'), time: format.time(moved.startTime) }));
      onClose();
    } catch (error) {
      reportWriteError(error, form.setError, status);
    }
  });
  return (
    <Dialog title={t('move.title')} onClose={onClose}>
      <form autoComplete="off" onSubmit={(e) => void onSubmit(e)} noValidate className="form">
        <FormDateField control={form.control} name="date" label={t('move.date')} />
        <div className="form-grid">
          <Field label={t('move.starts')} error={errors.startTime?.message}>
            <input className="input" type="time" {...form.register('startTime')} />
          </Field>
          <Field label={t('move.ends')} error={errors.endTime?.message}>
            <input className="input" type="time" {...form.register('endTime')} />
          </Field>
        </div>
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('move.keep')}</Button>
          <Button type="submit" variant="primary">
            {t('move.confirm')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
