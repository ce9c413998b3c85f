/** "When does it run?" in plain terms; the sentence below reads the rule back. */
import { useTranslation } from 'react-i18next';
import { NTH_CHOICES, scheduleChoice } from '../../../shared/frontdesk/clinic-form';
import { useFormat } from '../../i18n/format';
import { useMessageWords } from '../../i18n/message-words';
import { FormDateField } from '../../ui/FormDateField';
import { Field } from '../../ui/Field';
import type { ClinicFormApi } from './ClinicForm';
import { describeChoice } from './words/schedule-words';

const NTH_KEYS = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' } as const;

export function ScheduleFieldset({ form }: { form: ClinicFormApi }) {
  const { t } = useTranslation('clinics');
  const format = useFormat();
  const messageWords = useMessageWords();
  const weekdays = format.weekdays('long');
  const errors = form.formState.errors;
  const values = form.watch();
  const kind = values.scheduleKind;
  const number = { valueAsNumber: true } as const;
  let summary = '';
  try {
    summary = describeChoice(
      scheduleChoice({
        scheduleKind: kind,
        weekdays: (values.weekdays ?? []).map(Number),
        interval: Number(values.interval) || 1,
        nth: Number(values.nth),
        monthWeekday: Number(values.monthWeekday),
        monthDay: Number(values.monthDay) || 1,
      }),
      t,
      format,
    );
    if (kind === 'weekly' && (values.weekdays ?? []).length === 0) summary = '';
  } catch {
    summary = '';
  }
  return (
    <fieldset className="form-section">
      <legend>{t('schedule.legend')}</legend>
      <div className="radio-row" role="radiogroup" aria-label={t('schedule.repeats')}>
        <label className="checkbox">
          <input type="radio" value="weekly" {...form.register('scheduleKind')} /> {t('schedule.weekly')}
        </label>
        <label className="checkbox">
          <input type="radio" value="monthly-by-weekday" {...form.register('scheduleKind')} /> {t('schedule.monthlyByWeekday')}
        </label>
        <label className="checkbox">
          <input type="radio" value="monthly-by-date" {...form.register('scheduleKind')} /> {t('schedule.monthlyByDate')}
        </label>
      </div>
      {kind === 'weekly' ? (
        <>
          <fieldset className="weekday-picker" aria-describedby={errors.weekdays ? 'weekdays-error' : undefined}>
            <legend>{t('schedule.days')}</legend>
            {weekdays.map((day, index) => (
              <label key={index} className="checkbox">
                <input type="checkbox" value={index} {...form.register('weekdays')} /> {day}
              </label>
            ))}
          </fieldset>
          {errors.weekdays ? (
            <span className="field__error" id="weekdays-error" role="alert">
              {messageWords(errors.weekdays.message ?? '')}
            </span>
          ) : null}
          <Field label={t('schedule.every')} hint={t('schedule.everyHint')} error={errors.interval?.message}>
            <select className="select select--short" {...form.register('interval', number)}>
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>
                  {t('schedule.weeks', { count: n })}
                </option>
              ))}
            </select>
          </Field>
        </>
      ) : null}
      {kind === 'monthly-by-weekday' ? (
        <div className="form-grid">
          <Field label={t('schedule.whichWeek')} error={errors.nth?.message}>
            <select className="select" {...form.register('nth', number)}>
              {NTH_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {t(`schedule.nth.${NTH_KEYS[n]}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('schedule.weekday')} error={errors.monthWeekday?.message}>
            <select className="select" {...form.register('monthWeekday', number)}>
              {weekdays.map((day, index) => (
                <option key={index} value={index}>
                  {day}
                </option>
              ))}
            </select>
          </Field>
        </div>
      ) : null}
      {kind === 'monthly-by-date' ? (
        <Field label={t('schedule.monthDay')} hint={t('schedule.monthDayHint')} error={errors.monthDay?.message}>
          <input className="input input--short" type="number" min={1} max={31} {...form.register('monthDay', number)} />
        </Field>
      ) : null}
      <div className="form-grid">
        <FormDateField control={form.control} name="startDate" label={t('schedule.startsOn')} />
        <FormDateField control={form.control} name="endDate" label={t('schedule.endsOn')} hint={t('schedule.endsOnHint')} optional />
      </div>
      {summary ? (
        <p className="schedule-summary" aria-live="polite">
          {t('schedule.runs', { summary })}
        </p>
      ) : null}
    </fieldset>
  );
}
