/** Move one session to another date or time; its bookings move with it. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { IsoDate, TimeOfDay, type Session } from '../../../../shared/schemas';
import { moveSession } from '../../../data';
import { formatLongDate, localToday } from '../../../format/dates';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { reportWriteError } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';

const MoveValues = z
  .object({ date: IsoDate, startTime: TimeOfDay, endTime: TimeOfDay })
  .refine((v) => v.endTime > v.startTime, { path: ['endTime'], message: 'The end must be after the start' });
type MoveValues = z.infer<typeof MoveValues>;

export function MoveSessionDialog({ session, onClose }: { session: Session; onClose: () => void }) {
  const status = useStatus();
  const form = useForm<MoveValues>({
    resolver: zodResolver(MoveValues),
    defaultValues: { date: session.date, startTime: session.startTime, endTime: session.endTime },
  });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const moved = await moveSession(session.id, values, localToday());
      status.say(`Moved to ${formatLongDate(moved.date)}, ${moved.startTime}`);
      onClose();
    } catch (error) {
      reportWriteError(error, form.setError, status);
    }
  });
  return (
    <Dialog title="Move this session" onClose={onClose}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="form">
        <Field label="New date" error={errors.date?.message}>
          <input className="input" type="date" {...form.register('date')} />
        </Field>
        <div className="form-grid">
          <Field label="Starts at" error={errors.startTime?.message}>
            <input className="input" type="time" {...form.register('startTime')} />
          </Field>
          <Field label="Ends at" error={errors.endTime?.message}>
            <input className="input" type="time" {...form.register('endTime')} />
          </Field>
        </div>
        <div className="dialog__actions">
          <Button onClick={onClose}>Keep it where it is</Button>
          <Button type="submit" variant="primary">
            Move session
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
