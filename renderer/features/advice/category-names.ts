/**
 * Issue categories are the forum's own list, stored with the words it chose. A category
 * still named as Signpost first set it up is shown in the volunteer's language; one the
 * forum added or renamed is shown exactly as the forum wrote it.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ISSUE_CATEGORIES, type IssueCategory } from '../../../shared/schemas';
import type adviceCatalogue from '../../i18n/locales/en-GB/advice.json';

type DefaultCategoryId = keyof (typeof adviceCatalogue)['category'];

const DEFAULT_LABELS = new Map<string, string>(DEFAULT_ISSUE_CATEGORIES.map((c) => [c.id, c.label]));

/** Whether the forum still has this category as Signpost set it up (so it is shown translated). */
export const isUnchangedDefault = (category: Pick<IssueCategory, 'id' | 'label'>): category is { id: DefaultCategoryId; label: string } =>
  DEFAULT_LABELS.get(category.id) === category.label;

/** A category's name in the language of `t` (the advice catalogue's): not a hook, so a sheet printed in another language can use it. */
export function categoryNameIn(category: Pick<IssueCategory, 'id' | 'label'>, t: TFunction<'advice'>): string {
  return isUnchangedDefault(category) ? t(`category.${category.id}`) : category.label;
}

/** The name to show for a category, and for an id looked up in the forum's list. */
export function useCategoryNames() {
  const { t } = useTranslation('advice');
  const nameOf = (category: Pick<IssueCategory, 'id' | 'label'>): string => categoryNameIn(category, t);
  const nameOfId = (id: string, categories: readonly IssueCategory[] | undefined): string => {
    const category = categories?.find((c) => c.id === id);
    return category ? nameOf(category) : id;
  };
  return { nameOf, nameOfId };
}
