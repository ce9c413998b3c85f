/**
 * Closure days: which UK bank holidays the forum closes on (England and Wales, Scotland,
 * Northern Ireland, or none) and its own closed days with a reason. Saving closes the
 * sessions on those days; the bookings they held are listed below for rebooking.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { sessionWindow } from '../../../shared/frontdesk/session-window';
import { closureDays } from '../../../shared/schedule/closures';
import { BANK_HOLIDAY_SETS, ClosureDay, type BankHolidaySet, type Closures } from '../../../shared/schemas';
import { saveClosures, useBankHolidays, useSettings } from '../../data';
import { localToday } from '../../format/dates';
import { useFormat } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormDateField } from '../../ui/FormDateField';
import { Field } from '../../ui/Field';
import { refusalMessage, reportWriteError } from '../../ui/form-errors';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { isolate } from '../../ui/UserText';
import { useBankHolidayName } from './bank-holiday-names';
import { ClosureRebookList } from './ClosureRebookList';
import { Loading } from '../../ui/Loading';

type ClosureDayInput = z.input<typeof ClosureDay>;
type ClosureChanges = { sessionsClosed: number; sessionsReopened: number; bookingsCancelled: number };

export function ClosuresPanel() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  return (
    <Panel title={t('closures.title')}>
      {settings ? <LoadedClosures closures={settings.closures} /> : <Loading label={t('closures.loading')} />}
      <ClosureRebookList />
    </Panel>
  );
}

function LoadedClosures({ closures }: { closures: Closures }) {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const holidayName = useBankHolidayName();
  const status = useStatus();
  const today = localToday();
  const { from, to } = sessionWindow(today);
  const holidays = useBankHolidays();
  const coming = holidays ? [...closureDays(closures, from, to, holidays).entries()] : undefined;
  const ownDates = new Set(closures.ownDays.map((day) => day.date));

  /** "Closure days saved: 1 session closed, 1 booking to rebook". */
  const changesMessage = (changes: ClosureChanges): string => {
    const details = [
      changes.sessionsClosed > 0 ? t('closures.sessionsClosed', { count: changes.sessionsClosed }) : null,
      changes.sessionsReopened > 0 ? t('closures.sessionsReopened', { count: changes.sessionsReopened }) : null,
      changes.bookingsCancelled > 0 ? t('closures.bookingsToRebook', { count: changes.bookingsCancelled }) : null,
    ].filter((d) => d !== null);
    return details.length > 0 ? t('closures.savedWith', { changes: format.list(details, 'unit') }) : t('closures.saved');
  };

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
      <Field label={t('closures.bankHolidays')} hint={t('closures.bankHolidaysHint')}>
        <select className="select" value={closures.bankHolidays} onChange={(e) => void save({ ...closures, bankHolidays: e.target.value as BankHolidaySet })}>
          {BANK_HOLIDAY_SETS.map((set) => (
            <option key={set} value={set}>
              {t(`closures.set.${set}`)}
            </option>
          ))}
        </select>
      </Field>
      <h3>{t('closures.ownTitle')}</h3>
      {closures.ownDays.length === 0 ? (
        <p className="muted">{t('closures.noneYet')}</p>
      ) : (
        <ul className="compact-list" aria-label={t('closures.ownList')}>
          {[...closures.ownDays]
            .sort((a, b) => a.date.localeCompare(b.date))
            .map((day) => (
              <li key={day.date}>
                {t('closures.day', { date: format.date(day.date, 'long'), reason: isolate(day.reason) })}{' '}
                <Button
                  variant="quiet"
                  aria-label={t('closures.removeLabel', { date: format.date(day.date, 'long') })}
                  onClick={() => void save({ ...closures, ownDays: closures.ownDays.filter((d) => d.date !== day.date) })}
                >
                  {t('closures.remove')}
                </Button>
              </li>
            ))}
        </ul>
      )}
      <AddClosureDay closures={closures} save={save} />
      <h3>{t('closures.comingTitle')}</h3>
      {coming === undefined ? (
        <p className="muted">{t('closures.lookingUp')}</p>
      ) : coming.length === 0 ? (
        <p className="muted">{t('closures.noneComing')}</p>
      ) : (
        <ul className="compact-list" aria-label={t('closures.comingList')}>
          {coming.map(([date, reason]) => (
            <li key={date}>
              {t('closures.day', {
                date: format.date(date, 'long'),
                // The forum's own reason is its own words; a bank holiday is named in the chosen language.
                reason: ownDates.has(date) ? isolate(reason) : holidayName(reason),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AddClosureDay({ closures, save }: { closures: Closures; save: (next: Closures) => Promise<boolean> }) {
  const { t } = useTranslation('settings');
  const [open, setOpen] = useState(false);
  const form = useForm<ClosureDayInput, unknown, z.output<typeof ClosureDay>>({ resolver: zodResolver(ClosureDay), defaultValues: { date: '', reason: '' } });
  const status = useStatus();
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (day) => {
    if (closures.ownDays.some((d) => d.date === day.date)) {
      form.setError('date', { message: t('closures.alreadyClosed') });
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
        <Button onClick={() => setOpen(true)}>{t('closures.add')}</Button>
      </p>
    );
  }
  return (
    <form autoComplete="off" className="form" aria-label={t('closures.addForm')} noValidate onSubmit={(e) => void onSubmit(e)}>
      <div className="form-grid">
        <FormDateField control={form.control} name="date" label={t('closures.closedOn')} />
        <Field label={t('closures.why')} hint={t('closures.whyHint')} error={errors.reason?.message}>
          <input className="input" dir="auto" {...form.register('reason')} />
        </Field>
      </div>
      <div className="form__actions">
        <Button onClick={() => setOpen(false)}>{t('closures.cancel')}</Button>
        <Button type="submit" variant="primary">
          {t('closures.addSubmit')}
        </Button>
      </div>
    </form>
  );
}
