/**
 * Settings → Keeping records: how many years after their last contact a person's record
 * is kept. A react-hook-form with zod; the stored settings check the same range again.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { saveSettings, ValidationError } from '../../data';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';
import { useStatus } from '../../ui/StatusProvider';
import { rightsFailure } from './rights-messages';

export function RetentionYearsForm({ stored, onSaved }: { stored: number; onSaved: () => void }) {
  const { t } = useTranslation('privacy');
  const status = useStatus();
  const range = t('retention.yearsRange');
  // Typed as text; a whole number of years from 1 to 50, said in our words whatever is wrong.
  const schema = useMemo(
    () => z.object({ years: z.string().trim().regex(/^\d{1,2}$/, range).transform(Number).pipe(z.number().min(1, range).max(50, range)) }),
    [range],
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { years: String(stored) },
    ...VALIDATE_ON_SUBMIT,
  });
  const save = form.handleSubmit(async ({ years }) => {
    try {
      const saved = await saveSettings({ retentionYears: years });
      form.reset({ years: String(saved.retentionYears) });
      status.say(t('retention.saved'));
      onSaved();
    } catch (error) {
      if (error instanceof ValidationError) form.setError('years', { message: range });
      else status.error(rightsFailure(t, error));
    }
  });
  return (
    <form autoComplete="off" className="form" onSubmit={(event) => void save(event)} noValidate>
      <Field label={t('retention.years')} error={form.formState.errors.years?.message}>
        <input className="input input--short" inputMode="numeric" {...form.register('years')} />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t('retention.save')}
      </Button>
    </form>
  );
}
