/**
 * The forum's issue categories with the names to show in a language: a category still
 * named as Signpost set it up reads in that language (the advice catalogue's words, as
 * the advice screens show it); one the forum added or renamed keeps the forum's words.
 * Not a hook, so a summary printed in the client's language can name its reason in it.
 */
import type { TFunction } from 'i18next';
import { DEFAULT_ISSUE_CATEGORIES, type IssueCategory } from '../../../shared/schemas';
import type adviceCatalogue from '../../i18n/locales/en-GB/advice.json';

type DefaultCategoryId = keyof (typeof adviceCatalogue)['category'];

const DEFAULT_LABELS = new Map<string, string>(DEFAULT_ISSUE_CATEGORIES.map((c) => [c.id, c.label]));

export function categoriesIn(categories: readonly IssueCategory[], advice: TFunction<'advice'>): IssueCategory[] {
  return categories.map((category) =>
    DEFAULT_LABELS.get(category.id) === category.label ? { ...category, label: advice(`category.${category.id as DefaultCategoryId}`) } : category,
  );
}
