/**
 * The issue categories advisers choose from: add (as a main category or under one),
 * rename, retire (it stays on old entries but can no longer be chosen) and restore.
 * A category still named as Signpost first set it up reads in the volunteer's language
 * (useCategoryNames); one the forum named is its own words, isolated in the sentence.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryError, renameCategory, restoreCategory, retireCategory } from '../../../shared/advice/categories';
import type { IssueCategory } from '../../../shared/schemas';
import { saveSettings, useSettings } from '../../data';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { refusalMessage } from '../../ui/form-errors';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { isolate, UserText } from '../../ui/UserText';
import { useCategoryNames } from '../advice/category-names';
import { AddCategoryForm, RenameCategoryForm, type Apply } from './CategoryForms';

/** The category being renamed, if any: one at a time. */
type Renaming = string | null;

export function IssueCategoriesPanel() {
  const { t } = useTranslation('settings');
  const names = useCategoryNames();
  const settings = useSettings();
  const status = useStatus();
  const [renaming, setRenaming] = useState<Renaming>(null);
  if (!settings) return null;
  const list = settings.issueCategories;

  const apply: Apply = async (change, said) => {
    try {
      await saveSettings({ issueCategories: change(list) });
      status.say(said);
      return undefined;
    } catch (error) {
      return error instanceof CategoryError
        ? t(`categories.problem.${error.problem}`, {
            label: isolate(error.values.label ?? ''),
            max: error.values.max ?? 0,
          })
        : refusalMessage(error);
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
      <AddCategoryForm mains={mains} nameOf={names.nameOf} apply={apply} />
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
  const status = useStatus();
  // Retire and restore are buttons, not forms: a refusal is said in the status region.
  const sayRefusal = (problem: string | undefined) => {
    if (problem) status.error(problem);
  };
  if (renaming === category.id) {
    return (
      <RenameCategoryForm
        name={name}
        rename={(newLabel) => apply((current) => renameCategory(current, category.id, newLabel), t('categories.renamed'))}
        onDone={() => setRenaming(null)}
      />
    );
  }
  return (
    <div className="category-admin__row">
      <UserText className={category.retired ? 'muted' : undefined}>{name}</UserText>
      {category.retired ? <Badge>{t('categories.retiredBadge')}</Badge> : null}
      <span className="category-admin__actions">
        <Button variant="quiet" aria-label={t('categories.renameLabel', { label: name })} onClick={() => setRenaming(category.id)}>
          {t('categories.rename')}
        </Button>
        {category.retired ? (
          <Button
            variant="quiet"
            aria-label={t('categories.restoreLabel', { label: name })}
            onClick={() => void apply((current) => restoreCategory(current, category.id), t('categories.restored', { label })).then(sayRefusal)}
          >
            {t('categories.restore')}
          </Button>
        ) : (
          <Button
            variant="quiet"
            aria-label={t('categories.retireLabel', { label: name })}
            onClick={() => void apply((current) => retireCategory(current, category.id), t('categories.retired', { label })).then(sayRefusal)}
          >
            {t('categories.retire')}
          </Button>
        )}
      </span>
    </div>
  );
}
