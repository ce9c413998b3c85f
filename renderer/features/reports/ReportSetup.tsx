/** Which report: a year, a quarter or chosen months, for every clinic or one. */
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { addMonthsToMonth, quarterOf } from '../../../shared/report/period';
import { ReportRequest } from '../../../shared/report/report-request';
import type { Clinic } from '../../../shared/schemas';
import { useFormat } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { MonthPicker } from '../../ui/MonthPicker';
import { monthWords } from './words/report-words';

export function defaultRequest(thisMonth: string): ReportRequest {
  const lastMonth = addMonthsToMonth(thisMonth, -1);
  return {
    kind: 'year',
    yearEnding: lastMonth,
    quarterStart: quarterOf(`${lastMonth}-01`).from,
    from: addMonthsToMonth(lastMonth, -2),
    to: lastMonth,
    thisMonth,
  };
}

export function ReportSetup({ initial, clinics, busy, onBuild }: { initial: ReportRequest; clinics: Clinic[]; busy: boolean; onBuild: (request: ReportRequest) => void }) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const form = useForm<ReportRequest>({ resolver: zodResolver(ReportRequest), defaultValues: initial });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const errors = form.formState.errors;
  const quarters = Array.from({ length: 8 }, (_, i) => quarterOf(`${addMonthsToMonth(initial.thisMonth, -3 * i)}-01`));
  return (
    <form autoComplete="off" className="report-setup" noValidate onSubmit={(e) => void form.handleSubmit(onBuild)(e)}>
      <div className="radio-row" role="radiogroup" aria-label={t('setup.period')}>
        <label className="checkbox">
          <input type="radio" value="year" {...form.register('kind')} /> {t('setup.year')}
        </label>
        <label className="checkbox">
          <input type="radio" value="quarter" {...form.register('kind')} /> {t('setup.quarter')}
        </label>
        <label className="checkbox">
          <input type="radio" value="custom" {...form.register('kind')} /> {t('setup.custom')}
        </label>
      </div>
      <div className="form-grid">
        {kind === 'year' ? (
          <Controller
            control={form.control}
            name="yearEnding"
            render={({ field }) => (
              <MonthPicker label={t('setup.yearEnding')} value={field.value} thisMonth={initial.thisMonth} onChange={field.onChange} error={errors.yearEnding?.message} />
            )}
          />
        ) : null}
        {kind === 'quarter' ? (
          <Field label={t('setup.quarterLabel')} error={errors.quarterStart?.message}>
            <select className="select" {...form.register('quarterStart')}>
              {quarters.map((q) => (
                <option key={q.from} value={q.from}>
                  {t('setup.quarterOption', { from: monthWords(format, q.from), to: monthWords(format, q.to) })}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        {kind === 'custom' ? (
          <>
            <Controller
              control={form.control}
              name="from"
              render={({ field }) => (
                <MonthPicker label={t('setup.firstMonth')} value={field.value} thisMonth={initial.thisMonth} onChange={field.onChange} error={errors.from?.message} />
              )}
            />
            <Controller
              control={form.control}
              name="to"
              render={({ field }) => (
                <MonthPicker label={t('setup.lastMonth')} value={field.value} thisMonth={initial.thisMonth} onChange={field.onChange} error={errors.to?.message} />
              )}
            />
          </>
        ) : null}
        <Field label={t('setup.clinic')}>
          <select className="select" {...form.register('clinicId', { setValueAs: (v: string) => (v === '' ? undefined : v) })}>
            <option value="">{t('setup.allClinics')}</option>
            {clinics.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? t('setup.building') : t('setup.build')}
        </Button>
      </div>
    </form>
  );
}
