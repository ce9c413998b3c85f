/**
 * How report numbers are protected (the smallest count shown, never below 5, and the base
 * every number is rounded to) and the hourly value of volunteering for funders.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { DisclosureRules, Settings } from '../../../shared/schemas';
import { saveSettings, useSettings } from '../../data';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { reportWriteError } from '../../ui/form-errors';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';

const ReportRules = DisclosureRules.extend({ volunteerHourlyRate: Settings.shape.volunteerHourlyRate });
type ReportRulesInput = z.input<typeof ReportRules>;
type ReportRulesOutput = z.output<typeof ReportRules>;

export function ReportRulesPanel() {
  const settings = useSettings();
  return (
    <Panel title="Report rules">
      {settings ? (
        <ReportRulesForm initial={{ ...settings.disclosure, volunteerHourlyRate: settings.volunteerHourlyRate }} />
      ) : (
        <p className="muted">Loading…</p>
      )}
    </Panel>
  );
}

function ReportRulesForm({ initial }: { initial: ReportRulesInput }) {
  const status = useStatus();
  const form = useForm<ReportRulesInput, unknown, ReportRulesOutput>({ resolver: zodResolver(ReportRules), defaultValues: initial });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async ({ threshold, rounding, volunteerHourlyRate }) => {
    try {
      await saveSettings({ disclosure: { threshold, rounding }, volunteerHourlyRate });
      form.reset({ threshold, rounding, volunteerHourlyRate });
      status.say('Report rules saved');
    } catch (error) {
      reportWriteError(error, form.setError, status, (path) => path.replace(/^disclosure\./, ''));
    }
  });
  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <div className="form-grid">
        <Field label="Hide counts below" hint="At least 5; official statistics often use 10." error={errors.threshold?.message}>
          <input className="input input--short" type="number" min={5} max={100} {...form.register('threshold', { valueAsNumber: true })} />
        </Field>
        <Field label="Round every number to" error={errors.rounding?.message}>
          <input className="input input--short" type="number" min={1} max={100} {...form.register('rounding', { valueAsNumber: true })} />
        </Field>
        <Field label="Value of a volunteer hour (£)" error={errors.volunteerHourlyRate?.message}>
          <input className="input input--short" type="number" min={0} step="0.01" {...form.register('volunteerHourlyRate', { valueAsNumber: true })} />
        </Field>
      </div>
      <div className="form__actions">
        <Button type="submit">Save report rules</Button>
      </div>
    </form>
  );
}
