/**
 * The forum's name, shown in the navigation and on printed sheets and reports, and its
 * contact details, printed on referral summaries so a service can reply.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Settings } from '../../../shared/schemas';
import { saveSettings, useSettings, ValidationError } from '../../data';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { useStatus } from '../../ui/StatusProvider';
import { Loading } from '../../ui/Loading';

const ForumNameInput = Settings.pick({ forumName: true, forumAddress: true, forumPhone: true, forumEmail: true });
type ForumNameInput = z.output<typeof ForumNameInput>;
type ForumNameFields = z.input<typeof ForumNameInput>;

export function ForumNameForm() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  // The form appears once the stored name is read, so nothing typed is overwritten by it.
  if (!settings) return <Loading label={t('forum.loading')} />;
  return <LoadedForumNameForm initial={settings} />;
}

const blankable = (value: string | undefined) => value ?? '';

function LoadedForumNameForm({ initial }: { initial: ForumNameInput }) {
  const { t } = useTranslation('settings');
  const status = useStatus();
  const toForm = (v: ForumNameInput): ForumNameFields => ({ forumName: v.forumName, forumAddress: blankable(v.forumAddress), forumPhone: blankable(v.forumPhone), forumEmail: blankable(v.forumEmail) });
  const form = useForm<ForumNameFields, unknown, ForumNameInput>({ resolver: zodResolver(ForumNameInput), defaultValues: toForm(initial) });
  const { reset, formState } = form;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      // Every field is written, so clearing one clears it in the stored settings too.
      const saved = await saveSettings({ ...values, forumAddress: values.forumAddress, forumPhone: values.forumPhone, forumEmail: values.forumEmail });
      reset(toForm(saved));
      status.say(t('forum.saved'));
    } catch (error) {
      if (error instanceof ValidationError) {
        for (const problem of error.problems) {
          const field = (['forumAddress', 'forumPhone', 'forumEmail'] as const).find((f) => problem.path === f) ?? 'forumName';
          form.setError(field, { message: problem.message });
        }
      } else {
        status.error(t('forum.notWritten'));
      }
    }
  });

  return (
    <form autoComplete="off" className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <Field label={t('forum.name')} hint={t('forum.nameHint')} error={formState.errors.forumName?.message}>
        <input className="input" dir="auto" autoComplete="organization" {...form.register('forumName')} />
      </Field>
      <Field label={t('forum.address')} hint={t('forum.addressHint')} error={formState.errors.forumAddress?.message}>
        <input className="input" dir="auto" autoComplete="street-address" {...form.register('forumAddress')} />
      </Field>
      <Field label={t('forum.phone')} error={formState.errors.forumPhone?.message}>
        <input className="input" type="tel" dir="ltr" autoComplete="tel" {...form.register('forumPhone')} />
      </Field>
      <Field label={t('forum.email')} error={formState.errors.forumEmail?.message}>
        <input className="input" type="email" dir="ltr" autoComplete="email" {...form.register('forumEmail')} />
      </Field>
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {t('forum.save')}
        </Button>
      </div>
    </form>
  );
}
