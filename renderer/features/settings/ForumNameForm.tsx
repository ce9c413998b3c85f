/**
 * The forum's name, shown in the navigation and on printed sheets and reports, and its
 * contact details, printed on referral summaries so a service can reply.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Settings } from '../../../shared/schemas';
import { saveSettings, useSettings, ValidationError } from '../../data';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { useStatus } from '../../ui/StatusProvider';

const ForumNameInput = Settings.pick({ forumName: true, forumAddress: true, forumPhone: true, forumEmail: true });
type ForumNameInput = z.output<typeof ForumNameInput>;
type ForumNameFields = z.input<typeof ForumNameInput>;

export function ForumNameForm() {
  const settings = useSettings();
  // The form appears once the stored name is read, so nothing typed is overwritten by it.
  if (!settings) return <p className="muted">Loading settings…</p>;
  return <LoadedForumNameForm initial={settings} />;
}

const blankable = (value: string | undefined) => value ?? '';

function LoadedForumNameForm({ initial }: { initial: ForumNameInput }) {
  const status = useStatus();
  const toForm = (v: ForumNameInput): ForumNameFields => ({ forumName: v.forumName, forumAddress: blankable(v.forumAddress), forumPhone: blankable(v.forumPhone), forumEmail: blankable(v.forumEmail) });
  const form = useForm<ForumNameFields, unknown, ForumNameInput>({ resolver: zodResolver(ForumNameInput), defaultValues: toForm(initial) });
  const { reset, formState } = form;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      // Every field is written, so clearing one clears it in the stored settings too.
      const saved = await saveSettings({ ...values, forumAddress: values.forumAddress, forumPhone: values.forumPhone, forumEmail: values.forumEmail });
      reset(toForm(saved));
      status.say('Saved');
    } catch (error) {
      if (error instanceof ValidationError) {
        for (const problem of error.problems) {
          const field = (['forumAddress', 'forumPhone', 'forumEmail'] as const).find((f) => problem.path === f) ?? 'forumName';
          form.setError(field, { message: problem.message });
        }
      } else {
        status.error('Not saved: the settings could not be written. Try again.');
      }
    }
  });

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <Field label="Forum name" hint="Shown at the top of the screen, on day sheets and on reports." error={formState.errors.forumName?.message}>
        <input className="input" dir="auto" autoComplete="organization" {...form.register('forumName')} />
      </Field>
      <Field label="Forum address" hint="Printed on referral summaries, so a service can reply." error={formState.errors.forumAddress?.message}>
        <input className="input" autoComplete="street-address" {...form.register('forumAddress')} />
      </Field>
      <Field label="Forum phone" error={formState.errors.forumPhone?.message}>
        <input className="input" type="tel" autoComplete="tel" {...form.register('forumPhone')} />
      </Field>
      <Field label="Forum email" error={formState.errors.forumEmail?.message}>
        <input className="input" type="email" autoComplete="email" {...form.register('forumEmail')} />
      </Field>
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          Save settings
        </Button>
      </div>
    </form>
  );
}
