/**
 * How report numbers are protected (the smallest count shown, never below 5, and the base
 * every number is rounded to) and the hourly value of volunteering for funders.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DisclosureRules, Settings } from '../../../shared/schemas';
import { saveSettings, useSettings } from '../../data';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { reportWriteError } from '../../ui/form-errors';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { Loading } from '../../ui/Loading';

const ReportRules = DisclosureRules.extend({ volunteerHourlyRate: Settings.shape.volunteerHourlyRate });
type ReportRulesInput = z.input<typeof ReportRules>;
type ReportRulesOutput = z.output<typeof ReportRules>;

export function ReportRulesPanel() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  return (
    <Panel title={t('rules.title')}>
      {settings ? (
        <ReportRulesForm initial={{ ...settings.disclosure, volunteerHourlyRate: settings.volunteerHourlyRate }} />
      ) : (
        <Loading label={t('screen.loading')} />
      )}
    </Panel>
  );
}

function ReportRulesForm({ initial }: { initial: ReportRulesInput }) {
  const { t } = useTranslation('settings');
  const status = useStatus();
  const form = useForm<ReportRulesInput, unknown, ReportRulesOutput>({ resolver: zodResolver(ReportRules), defaultValues: initial });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async ({ threshold, rounding, volunteerHourlyRate }) => {
    try {
      await saveSettings({ disclosure: { threshold, rounding }, volunteerHourlyRate });
      form.reset({ threshold, rounding, volunteerHourlyRate });
      status.say(t('rules.saved'));
    } catch (error) {
      reportWriteError(error, form.setError, status, (path) => path.replace(/^disclosure\./, ''));
    }
  });
  return (
    <form autoComplete="off" className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <div className="form-grid">
        <Field label={t('rules.threshold')} hint={t('rules.thresholdHint', { min: 5, common: 10 })} error={errors.threshold?.message}>
          <input className="input input--short" type="number" min={5} max={100} {...form.register('threshold', { valueAsNumber: true })} />
        </Field>
        <Field label={t('rules.rounding')} error={errors.rounding?.message}>
          <input className="input input--short" type="number" min={1} max={100} {...form.register('rounding', { valueAsNumber: true })} />
        </Field>
        <Field label={t('rules.hourlyRate')} error={errors.volunteerHourlyRate?.message}>
          <input className="input input--short" type="number" min={0} step="0.01" {...form.register('volunteerHourlyRate', { valueAsNumber: true })} />
        </Field>
      </div>
      <div className="form__actions">
        <Button type="submit">{t('rules.save')}</Button>
      </div>
    </form>
  );
}
