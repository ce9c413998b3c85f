/** The forum's name, shown in the navigation and on printed sheets and reports. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Settings } from '../../../shared/schemas';
import { saveSettings, useSettings, ValidationError } from '../../data';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { useStatus } from '../../ui/StatusProvider';

const ForumNameInput = Settings.pick({ forumName: true });
type ForumNameInput = z.infer<typeof ForumNameInput>;

export function ForumNameForm() {
  const settings = useSettings();
  // The form appears once the stored name is read, so nothing typed is overwritten by it.
  if (!settings) return <p className="muted">Loading settings…</p>;
  return <LoadedForumNameForm forumName={settings.forumName} />;
}

function LoadedForumNameForm({ forumName }: ForumNameInput) {
  const status = useStatus();
  const form = useForm<ForumNameInput>({ resolver: zodResolver(ForumNameInput), defaultValues: { forumName } });
  const { reset, formState } = form;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = await saveSettings(values);
      reset({ forumName: saved.forumName });
      status.say('Saved');
    } catch (error) {
      if (error instanceof ValidationError) {
        for (const problem of error.problems) form.setError('forumName', { message: problem.message });
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
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          Save settings
        </Button>
      </div>
    </form>
  );
}
