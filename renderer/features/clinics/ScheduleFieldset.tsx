/** "When does it run?" in plain terms; the sentence below reads the rule back. */
import { NTH_CHOICES, describeSchedule } from '../../../shared/frontdesk/clinic-form';
import { Field } from '../../ui/Field';
import type { ClinicFormApi } from './ClinicForm';
import { plural } from '../../../shared/plural';

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const NTH_LABELS: Record<(typeof NTH_CHOICES)[number], string> = { 1: 'First', 2: 'Second', 3: 'Third', 4: 'Fourth', [-1]: 'Last' };

export function ScheduleFieldset({ form }: { form: ClinicFormApi }) {
  const errors = form.formState.errors;
  const values = form.watch();
  const kind = values.scheduleKind;
  const number = { valueAsNumber: true } as const;
  let summary = '';
  try {
    summary = describeSchedule({
      scheduleKind: kind,
      weekdays: (values.weekdays ?? []).map(Number),
      interval: Number(values.interval) || 1,
      nth: Number(values.nth),
      monthWeekday: Number(values.monthWeekday),
      monthDay: Number(values.monthDay) || 1,
    });
  } catch {
    summary = '';
  }
  return (
    <fieldset className="form-section">
      <legend>When it runs</legend>
      <div className="radio-row" role="radiogroup" aria-label="Repeats">
        <label className="checkbox">
          <input type="radio" value="weekly" {...form.register('scheduleKind')} /> On days of the week
        </label>
        <label className="checkbox">
          <input type="radio" value="monthly-by-weekday" {...form.register('scheduleKind')} /> Once a month, on a weekday
        </label>
        <label className="checkbox">
          <input type="radio" value="monthly-by-date" {...form.register('scheduleKind')} /> Once a month, on a date
        </label>
      </div>
      {kind === 'weekly' ? (
        <>
          <fieldset className="weekday-picker" aria-describedby={errors.weekdays ? 'weekdays-error' : undefined}>
            <legend>Days</legend>
            {WEEKDAY_NAMES.map((day, index) => (
              <label key={day} className="checkbox">
                <input type="checkbox" value={index} {...form.register('weekdays')} /> {day}
              </label>
            ))}
          </fieldset>
          {errors.weekdays ? (
            <span className="field__error" id="weekdays-error">
              {errors.weekdays.message}
            </span>
          ) : null}
          <Field label="Every" hint="1 for every week, 2 for every other week." error={errors.interval?.message}>
            <select className="select select--short" {...form.register('interval', number)}>
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>
                  {n === 1 ? 'week' : plural(n, 'week')}
                </option>
              ))}
            </select>
          </Field>
        </>
      ) : null}
      {kind === 'monthly-by-weekday' ? (
        <div className="form-grid">
          <Field label="Which week" error={errors.nth?.message}>
            <select className="select" {...form.register('nth', number)}>
              {NTH_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {NTH_LABELS[n]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Weekday" error={errors.monthWeekday?.message}>
            <select className="select" {...form.register('monthWeekday', number)}>
              {WEEKDAY_NAMES.map((day, index) => (
                <option key={day} value={index}>
                  {day}
                </option>
              ))}
            </select>
          </Field>
        </div>
      ) : null}
      {kind === 'monthly-by-date' ? (
        <Field label="Day of the month" hint="Months without this date are skipped." error={errors.monthDay?.message}>
          <input className="input input--short" type="number" min={1} max={31} {...form.register('monthDay', number)} />
        </Field>
      ) : null}
      <div className="form-grid">
        <Field label="Starts on" error={errors.startDate?.message}>
          <input className="input" type="date" {...form.register('startDate')} />
        </Field>
        <Field label="Ends on" hint="Optional." error={errors.endDate?.message}>
          <input className="input" type="date" {...form.register('endDate', { setValueAs: (v: string) => (v === '' ? undefined : v) })} />
        </Field>
      </div>
      {summary ? (
        <p className="schedule-summary" aria-live="polite">
          Runs <strong>{summary}</strong>.
        </p>
      ) : null}
    </fieldset>
  );
}
