/**
 * Issue categories are the forum's own list, stored with the words it chose. A category
 * still named as Signpost first set it up is shown in the volunteer's language; one the
 * forum added or renamed is shown exactly as the forum wrote it.
 */
import { useTranslation } from 'react-i18next';
import { DEFAULT_ISSUE_CATEGORIES, type IssueCategory } from '../../../shared/schemas';
import type adviceCatalogue from '../../i18n/locales/en-GB/advice.json';

type DefaultCategoryId = keyof (typeof adviceCatalogue)['category'];

const DEFAULT_LABELS = new Map<string, string>(DEFAULT_ISSUE_CATEGORIES.map((c) => [c.id, c.label]));

const isUnchangedDefault = (category: Pick<IssueCategory, 'id' | 'label'>): category is { id: DefaultCategoryId; label: string } =>
  DEFAULT_LABELS.get(category.id) === category.label;

/** The name to show for a category, and for an id looked up in the forum's list. */
export function useCategoryNames() {
  const { t } = useTranslation('advice');
  const nameOf = (category: Pick<IssueCategory, 'id' | 'label'>): string =>
    isUnchangedDefault(category) ? t(`category.${category.id}`) : category.label;
  const nameOfId = (id: string, categories: readonly IssueCategory[] | undefined): string => {
    const category = categories?.find((c) => c.id === id);
    return category ? nameOf(category) : id;
  };
  return { nameOf, nameOfId };
}
