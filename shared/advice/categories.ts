/**
 * The forum's issue-category list: add, rename, retire and restore, each returning a new
 * list. A retired category keeps its id and label so old advice entries still read
 * correctly; it only stops being offered for new ones. Pure: no storage.
 */
import type { IssueCategory } from '../schemas';

/** Why a change to the list cannot be made: a code, and the label or limit it concerns, for the screen to word. */
export type CategoryProblem = 'empty' | 'too-long' | 'duplicate' | 'duplicate-sub' | 'gone' | 'parent-gone' | 'parent-retired' | 'too-deep';

/** A change to the list that cannot be made; the settings screen tells the coordinator why, in their language. */
export class CategoryError extends Error {
  constructor(
    readonly problem: CategoryProblem,
    readonly values: { label?: string; max?: number } = {},
  ) {
    super(`Category change refused: ${problem}`);
    this.name = 'CategoryError';
  }
}

export const UNKNOWN_CATEGORY_LABEL = 'Unknown category';
export const OTHER_CATEGORY_ID = 'other';
/** The longest a category name may be (the settings form checks it too). */
export const MAX_LABEL = 80;

/** "Money & debt (UK)" → "money-debt-uk"; never blank. */
export function slugify(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug === '' ? 'category' : slug;
}

function uniqueId(list: readonly IssueCategory[], base: string): string {
  const taken = new Set(list.map((c) => c.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function cleanLabel(label: string): string {
  const trimmed = label.trim().replace(/\s+/g, ' ');
  if (trimmed === '') throw new CategoryError('empty');
  if (trimmed.length > MAX_LABEL) throw new CategoryError('too-long', { max: MAX_LABEL });
  return trimmed;
}

function sameLabel(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');
}

function refuseDuplicate(list: readonly IssueCategory[], label: string, parentId: string | undefined, exceptId?: string): void {
  const clash = list.find(
    (c) => c.id !== exceptId && !c.retired && c.parentId === parentId && sameLabel(c.label, label),
  );
  if (clash) {
    throw new CategoryError(parentId === undefined ? 'duplicate' : 'duplicate-sub', { label: clash.label });
  }
}

function find(list: readonly IssueCategory[], id: string): IssueCategory {
  const category = list.find((c) => c.id === id);
  if (!category) throw new CategoryError('gone');
  return category;
}

/** Adds a category, or a sub-category under a current top-level one; the id comes from the label. */
export function addCategory(list: readonly IssueCategory[], label: string, parentId?: string): IssueCategory[] {
  const clean = cleanLabel(label);
  if (parentId !== undefined) {
    const parent = list.find((c) => c.id === parentId);
    if (!parent) throw new CategoryError('parent-gone');
    if (parent.retired) throw new CategoryError('parent-retired', { label: parent.label });
    if (parent.parentId !== undefined) throw new CategoryError('too-deep');
  }
  refuseDuplicate(list, clean, parentId);
  const category: IssueCategory = {
    id: uniqueId(list, slugify(clean)),
    label: clean,
    ...(parentId !== undefined ? { parentId } : {}),
    retired: false,
  };
  return [...list, category];
}

/** Changes the label only: the id, and so every old entry's link, stays. */
export function renameCategory(list: readonly IssueCategory[], id: string, label: string): IssueCategory[] {
  const category = find(list, id);
  const clean = cleanLabel(label);
  if (!category.retired) refuseDuplicate(list, clean, category.parentId, id);
  return list.map((c) => (c.id === id ? { ...c, label: clean } : c));
}

/** Stops a category (and, for a main category, all its sub-categories) being chosen. */
export function retireCategory(list: readonly IssueCategory[], id: string): IssueCategory[] {
  find(list, id);
  return list.map((c) => (c.id === id || c.parentId === id ? { ...c, retired: true } : c));
}

/**
 * Makes a retired category choosable again. Restoring a sub-category restores its main
 * category too; restoring a main category leaves its sub-categories retired, to be
 * restored one by one, since some may have been retired on purpose before it.
 */
export function restoreCategory(list: readonly IssueCategory[], id: string): IssueCategory[] {
  const category = find(list, id);
  if (!category.retired) return [...list];
  const parent = category.parentId !== undefined ? list.find((c) => c.id === category.parentId) : undefined;
  if (parent?.retired) refuseDuplicate(list, parent.label, parent.parentId, parent.id);
  refuseDuplicate(list, category.label, category.parentId, id);
  return list.map((c) => (c.id === id || (parent?.retired && c.id === parent.id) ? { ...c, retired: false } : c));
}

function isOther(c: IssueCategory): boolean {
  return c.id === OTHER_CATEGORY_ID || sameLabel(c.label, 'Other');
}

function byLabelOtherLast(a: IssueCategory, b: IssueCategory): number {
  const otherA = isOther(a);
  const otherB = isOther(b);
  if (otherA !== otherB) return otherA ? 1 : -1;
  return a.label.localeCompare(b.label, 'en-GB', { sensitivity: 'base' }) || a.id.localeCompare(b.id);
}

/**
 * The categories a new entry may use, in picker order: each main category by label, its
 * sub-categories straight after it by label, and "Other" last at each level. Retired
 * ones, and sub-categories of retired ones, are left out.
 */
export function choosableCategories(list: readonly IssueCategory[]): IssueCategory[] {
  const current = list.filter((c) => !c.retired);
  const parents = current.filter((c) => c.parentId === undefined).sort(byLabelOtherLast);
  const result: IssueCategory[] = [];
  for (const parent of parents) {
    result.push(parent);
    result.push(...current.filter((c) => c.parentId === parent.id).sort(byLabelOtherLast));
  }
  // A sub-category whose parent is missing from the list altogether is still offered, at the end.
  const orphans = current.filter((c) => c.parentId !== undefined && !list.some((p) => p.id === c.parentId));
  return [...result, ...orphans.sort(byLabelOtherLast)];
}

/** The label for any id, retired or not, so old entries still read; "Unknown category" otherwise. */
export function categoryLabel(list: readonly IssueCategory[], id: string): string {
  return list.find((c) => c.id === id)?.label ?? UNKNOWN_CATEGORY_LABEL;
}

/** The main category an id belongs to (itself when it is one, or when it is unknown). */
export function topLevelOf(list: readonly IssueCategory[], id: string): string {
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    if (seen.has(current)) return current;
    seen.add(current);
    const parentId = list.find((c) => c.id === current)?.parentId;
    if (parentId === undefined) return current;
    current = parentId;
  }
}
