/**
 * Closure days: which UK bank holidays the forum closes on (England and Wales, Scotland,
 * Northern Ireland, or none) and its own closed days with a reason. Saving closes the
 * sessions on those days; the bookings they held are listed below for rebooking.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { sessionWindow } from '../../../shared/frontdesk/session-window';
import { BANK_HOLIDAY_SET_LABELS, closureDays } from '../../../shared/schedule/closures';
import { BANK_HOLIDAY_SETS, ClosureDay, type BankHolidaySet, type Closures } from '../../../shared/schemas';
import { saveClosures, useBankHolidays, useSettings } from '../../data';
import { formatLongDate, localToday } from '../../format/dates';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { refusalMessage, reportWriteError } from '../../ui/form-errors';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { ClosureRebookList } from './ClosureRebookList';

type ClosureDayInput = z.input<typeof ClosureDay>;

function changesMessage(changes: { sessionsClosed: number; sessionsReopened: number; bookingsCancelled: number }): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const details = [
    changes.sessionsClosed > 0 ? `${plural(changes.sessionsClosed, 'session', 'sessions')} closed` : null,
    changes.sessionsReopened > 0 ? `${plural(changes.sessionsReopened, 'session', 'sessions')} reopened` : null,
    changes.bookingsCancelled > 0 ? `${plural(changes.bookingsCancelled, 'booking', 'bookings')} to rebook` : null,
  ].filter((d) => d !== null);
  return details.length > 0 ? `Closure days saved: ${details.join(', ')}` : 'Closure days saved';
}

export function ClosuresPanel() {
  const settings = useSettings();
  return (
    <Panel title="Closure days">
      {settings ? <LoadedClosures closures={settings.closures} /> : <p className="muted">Loading…</p>}
      <ClosureRebookList />
    </Panel>
  );
}

function LoadedClosures({ closures }: { closures: Closures }) {
  const status = useStatus();
  const today = localToday();
  const { from, to } = sessionWindow(today);
  const holidays = useBankHolidays();
  const coming = holidays ? [...closureDays(closures, from, to, holidays).entries()] : undefined;

  const save = async (next: Closures): Promise<boolean> => {
    try {
      status.say(changesMessage(await saveClosures(next, today)));
      return true;
    } catch (error) {
      status.error(refusalMessage(error));
      return false;
    }
  };

  return (
    <div className="form">
      <Field label="Bank holidays the forum closes on" hint="Sessions are not held on these days.">
        <select className="select" value={closures.bankHolidays} onChange={(e) => void save({ ...closures, bankHolidays: e.target.value as BankHolidaySet })}>
          {BANK_HOLIDAY_SETS.map((set) => (
            <option key={set} value={set}>
              {BANK_HOLIDAY_SET_LABELS[set]}
            </option>
          ))}
        </select>
      </Field>
      <h3>The forum’s own closure days</h3>
      {closures.ownDays.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul className="compact-list" aria-label="Own closure days">
          {[...closures.ownDays]
            .sort((a, b) => a.date.localeCompare(b.date))
            .map((day) => (
              <li key={day.date}>
                {formatLongDate(day.date)}: {day.reason}{' '}
                <Button variant="quiet" aria-label={`Remove ${formatLongDate(day.date)}`} onClick={() => void save({ ...closures, ownDays: closures.ownDays.filter((d) => d.date !== day.date) })}>
                  Remove
                </Button>
              </li>
            ))}
        </ul>
      )}
      <AddClosureDay closures={closures} save={save} />
      <h3>Coming closure days</h3>
      {coming === undefined ? (
        <p className="muted">Looking up bank holidays…</p>
      ) : coming.length === 0 ? (
        <p className="muted">No closure days in the next twelve weeks.</p>
      ) : (
        <ul className="compact-list" aria-label="Coming closure days">
          {coming.map(([date, reason]) => (
            <li key={date}>
              {formatLongDate(date)}: {reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AddClosureDay({ closures, save }: { closures: Closures; save: (next: Closures) => Promise<boolean> }) {
  const [open, setOpen] = useState(false);
  const form = useForm<ClosureDayInput, unknown, z.output<typeof ClosureDay>>({ resolver: zodResolver(ClosureDay), defaultValues: { date: '', reason: '' } });
  const status = useStatus();
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (day) => {
    if (closures.ownDays.some((d) => d.date === day.date)) {
      form.setError('date', { message: 'That day is already a closure day' });
      return;
    }
    try {
      if (await save({ ...closures, ownDays: [...closures.ownDays, day] })) {
        form.reset({ date: '', reason: '' });
        setOpen(false);
      }
    } catch (error) {
      reportWriteError(error, form.setError, status);
    }
  });
  if (!open) {
    return (
      <p>
        <Button onClick={() => setOpen(true)}>Add a closure day</Button>
      </p>
    );
  }
  return (
    <form className="form" aria-label="Add a closure day" noValidate onSubmit={(e) => void onSubmit(e)}>
      <div className="form-grid">
        <Field label="Closed on" error={errors.date?.message}>
          <input className="input input--short" type="date" {...form.register('date')} />
        </Field>
        <Field label="Why" hint="For example: Staff training day" error={errors.reason?.message}>
          <input className="input" {...form.register('reason')} />
        </Field>
      </div>
      <div className="form__actions">
        <Button onClick={() => setOpen(false)}>Cancel</Button>
        <Button type="submit" variant="primary">
          Add closure day
        </Button>
      </div>
    </form>
  );
}
