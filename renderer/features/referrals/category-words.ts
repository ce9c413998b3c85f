/**
 * The forum's issue categories with the names to show in a language: a category still
 * named as Signpost set it up reads in that language (the advice catalogue's words, as
 * the advice screens show it); one the forum added or renamed keeps the forum's words.
 * Not a hook, so a summary printed in the client's language can name its reason in it.
 */
import type { TFunction } from 'i18next';
import type { IssueCategory } from '../../../shared/schemas';
import { categoryNameIn } from '../advice/category-names';

export function categoriesIn(categories: readonly IssueCategory[], advice: TFunction<'advice'>): IssueCategory[] {
  return categories.map((category) => ({ ...category, label: categoryNameIn(category, advice) }));
}
