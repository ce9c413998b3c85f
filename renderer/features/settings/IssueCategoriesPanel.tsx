/**
 * The issue categories advisers choose from: add (as a main category or under one),
 * rename, retire (it stays on old entries but can no longer be chosen) and restore.
 * A category still named as Signpost first set it up reads in the volunteer's language
 * (useCategoryNames); one the forum named is its own words, isolated in the sentence.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCategory, CategoryError, renameCategory, restoreCategory, retireCategory } from '../../../shared/advice/categories';
import type { IssueCategory } from '../../../shared/schemas';
import { saveSettings, useSettings } from '../../data';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { refusalMessage } from '../../ui/form-errors';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { isolate, UserText } from '../../ui/UserText';
import { useCategoryNames } from '../advice/category-names';

type Apply = (change: (current: IssueCategory[]) => IssueCategory[], said: string) => Promise<boolean>;
type Renaming = { id: string; label: string } | null;

export function IssueCategoriesPanel() {
  const { t } = useTranslation('settings');
  const names = useCategoryNames();
  const settings = useSettings();
  const status = useStatus();
  const [label, setLabel] = useState('');
  const [parentId, setParentId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<Renaming>(null);
  if (!settings) return null;
  const list = settings.issueCategories;

  const apply: Apply = async (change, said) => {
    try {
      await saveSettings({ issueCategories: change(list) });
      status.say(said);
      return true;
    } catch (error) {
      const message =
        error instanceof CategoryError
          ? t(`categories.problem.${error.problem}`, {
              label: isolate(error.values.label ?? ''),
              max: error.values.max ?? 0,
            })
          : refusalMessage(error);
      setProblem(message);
      return false;
    }
  };
  const mains = list.filter((c) => !c.parentId);

  return (
    <Panel title={t('categories.title')}>
      <p className="muted">{t('categories.intro')}</p>
      <ul className="category-admin" aria-label={t('categories.list')}>
        {mains.map((main) => (
          <li key={main.id}>
            <CategoryRow category={main} renaming={renaming} setRenaming={setRenaming} apply={apply} />
            {list.some((c) => c.parentId === main.id) ? (
              <ul>
                {list
                  .filter((c) => c.parentId === main.id)
                  .map((sub) => (
                    <li key={sub.id}>
                      <CategoryRow category={sub} renaming={renaming} setRenaming={setRenaming} apply={apply} />
                    </li>
                  ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <form autoComplete="off"
        className="category-admin__add"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setProblem(null);
          void apply(
            (current) => addCategory(current, label, parentId || undefined),
            t('categories.added', { label: isolate(label.trim()) }),
          ).then((ok) => ok && setLabel(''));
        }}
      >
        <Field label={t('categories.new')} error={problem ?? undefined}>
          <input className="input" dir="auto" value={label} onChange={(e) => setLabel(e.target.value)} />
        </Field>
        <Field label={t('categories.under')}>
          <select className="select" value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <option value="">{t('categories.noParent')}</option>
            {mains
              .filter((c) => !c.retired)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {names.nameOf(c)}
                </option>
              ))}
          </select>
        </Field>
        <Button type="submit">{t('categories.add')}</Button>
      </form>
    </Panel>
  );
}

function CategoryRow({
  category,
  renaming,
  setRenaming,
  apply,
}: {
  category: IssueCategory;
  renaming: Renaming;
  setRenaming: (value: Renaming) => void;
  apply: Apply;
}) {
  const { t } = useTranslation('settings');
  // Accessible names take the name as it is (a screen reader needs no isolation marks);
  // sentences on screen isolate it.
  const name = useCategoryNames().nameOf(category);
  const label = isolate(name);
  if (renaming?.id === category.id) {
    return (
      <form autoComplete="off"
        className="category-admin__row"
        onSubmit={(event) => {
          event.preventDefault();
          void apply((current) => renameCategory(current, category.id, renaming.label), t('categories.renamed')).then(
            (ok) => ok && setRenaming(null),
          );
        }}
      >
        <input
          className="input"
          dir="auto"
          aria-label={t('categories.newName', { label: name })}
          value={renaming.label}
          onChange={(e) => setRenaming({ id: category.id, label: e.target.value })}
        />
        <Button type="submit" variant="primary">
          {t('categories.save')}
        </Button>
        <Button variant="quiet" onClick={() => setRenaming(null)}>
          {t('categories.cancel')}
        </Button>
      </form>
    );
  }
  return (
    <div className="category-admin__row">
      <UserText className={category.retired ? 'muted' : undefined}>{name}</UserText>
      {category.retired ? <Badge>{t('categories.retiredBadge')}</Badge> : null}
      <span className="category-admin__actions">
        <Button variant="quiet" aria-label={t('categories.renameLabel', { label: name })} onClick={() => setRenaming({ id: category.id, label: name })}>
          {t('categories.rename')}
        </Button>
        {category.retired ? (
          <Button
            variant="quiet"
            aria-label={t('categories.restoreLabel', { label: name })}
            onClick={() => void apply((current) => restoreCategory(current, category.id), t('categories.restored', { label }))}
          >
            {t('categories.restore')}
          </Button>
        ) : (
          <Button
            variant="quiet"
            aria-label={t('categories.retireLabel', { label: name })}
            onClick={() => void apply((current) => retireCategory(current, category.id), t('categories.retired', { label }))}
          >
            {t('categories.retire')}
          </Button>
        )}
      </span>
    </div>
  );
}
