/**
 * The two forms of the issue categories panel, each a react-hook-form with zod: adding a
 * category (as a main one or under one) and renaming one. A name left empty or too long is
 * said next to its field by the form; a change the list refuses (a name already used, a
 * main category retired meanwhile) comes back from `apply` as a message for the same field.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { addCategory, MAX_LABEL } from '../../../shared/advice/categories';
import type { IssueCategory } from '../../../shared/schemas';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';
import { isolate } from '../../ui/UserText';

/** Saves a change to the list and says so; resolves to the problem in words when it is refused. */
export type Apply = (change: (current: IssueCategory[]) => IssueCategory[], said: string) => Promise<string | undefined>;

function useLabelSchema() {
  const { t } = useTranslation('settings');
  const empty = t('categories.problem.empty');
  const tooLong = t('categories.problem.too-long', { max: MAX_LABEL });
  return useMemo(() => z.string().trim().min(1, empty).max(MAX_LABEL, tooLong), [empty, tooLong]);
}

export function AddCategoryForm({ mains, nameOf, apply }: { mains: readonly IssueCategory[]; nameOf: (category: IssueCategory) => string; apply: Apply }) {
  const { t } = useTranslation('settings');
  const label = useLabelSchema();
  const schema = useMemo(() => z.object({ label, parentId: z.string() }), [label]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { label: '', parentId: '' },
    ...VALIDATE_ON_SUBMIT,
  });
  const add = form.handleSubmit(async (values) => {
    const problem = await apply((current) => addCategory(current, values.label, values.parentId || undefined), t('categories.added', { label: isolate(values.label) }));
    if (problem) form.setError('label', { message: problem });
    else form.reset({ label: '', parentId: values.parentId });
  });
  return (
    <form autoComplete="off" className="category-admin__add" noValidate onSubmit={(event) => void add(event)}>
      <Field label={t('categories.new')} error={form.formState.errors.label?.message}>
        <input className="input" dir="auto" {...form.register('label')} />
      </Field>
      <Field label={t('categories.under')}>
        <select className="select" {...form.register('parentId')}>
          <option value="">{t('categories.noParent')}</option>
          {mains
            .filter((c) => !c.retired)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {nameOf(c)}
              </option>
            ))}
        </select>
      </Field>
      <Button type="submit">{t('categories.add')}</Button>
    </form>
  );
}

export function RenameCategoryForm({ name, rename, onDone }: {
  /** The category's name as shown, which the field starts with. */
  name: string;
  /** Saves the new name; resolves to the problem in words when it is refused. */
  rename: (label: string) => Promise<string | undefined>;
  onDone: () => void;
}) {
  const { t } = useTranslation('settings');
  const label = useLabelSchema();
  const schema = useMemo(() => z.object({ label }), [label]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { label: name },
    ...VALIDATE_ON_SUBMIT,
  });
  const save = form.handleSubmit(async (values) => {
    const problem = await rename(values.label);
    if (problem) form.setError('label', { message: problem });
    else onDone();
  });
  const error = form.formState.errors.label?.message;
  return (
    <form autoComplete="off" className="category-admin__row" noValidate onSubmit={(event) => void save(event)}>
      <Field label={t('categories.newName', { label: name })} error={error}>
        <input className="input" dir="auto" {...form.register('label')} />
      </Field>
      <Button type="submit" variant="primary">
        {t('categories.save')}
      </Button>
      <Button variant="quiet" onClick={onDone}>
        {t('categories.cancel')}
      </Button>
    </form>
  );
}
