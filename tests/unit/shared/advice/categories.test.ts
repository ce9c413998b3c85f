import { describe, expect, it } from 'vitest';
import {
  CategoryError,
  addCategory,
  categoryLabel,
  choosableCategories,
  renameCategory,
  restoreCategory,
  retireCategory,
  slugify,
  topLevelOf,
} from '../../../../shared/advice/categories';
import { DEFAULT_ISSUE_CATEGORIES, type IssueCategory } from '../../../../shared/schemas';

const base: IssueCategory[] = [
  { id: 'housing', label: 'Housing', retired: false },
  { id: 'benefits', label: 'Benefits', retired: false },
  { id: 'other', label: 'Other', retired: false },
  { id: 'immigration', label: 'Immigration', retired: false },
  { id: 'immigration-euss', label: 'EU Settlement Scheme', parentId: 'immigration', retired: false },
  { id: 'immigration-asylum', label: 'Asylum claims', parentId: 'immigration', retired: false },
];

/** Why the change was refused: the code and the values the screen words it with. */
function refusal(fn: () => unknown): { problem: string; values: object } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CategoryError);
    const { problem, values } = error as CategoryError;
    return { problem, values };
  }
  throw new Error('expected a CategoryError');
}

describe('slugify', () => {
  it('makes a readable id from a label', () => {
    expect(slugify('Money & debt (UK)')).toBe('money-debt-uk');
    expect(slugify('  Égalité  ')).toBe('egalite');
    expect(slugify('حقوق')).toBe('category');
  });
});

describe('addCategory', () => {
  it('adds a top-level category with a slug id, leaving the original list alone', () => {
    const next = addCategory(base, '  Cost of living ');
    expect(next.at(-1)).toEqual({ id: 'cost-of-living', label: 'Cost of living', retired: false });
    expect(next).toHaveLength(base.length + 1);
    expect(base).toHaveLength(6);
  });

  it('adds a sub-category under a parent', () => {
    const next = addCategory(base, 'Family reunion', 'immigration');
    expect(next.at(-1)).toEqual({ id: 'family-reunion', label: 'Family reunion', parentId: 'immigration', retired: false });
  });

  it('makes the id unique when the slug is taken', () => {
    const retired = retireCategory(base, 'housing');
    const next = addCategory(retired, 'Housing');
    expect(next.at(-1)?.id).toBe('housing-2');
    expect(addCategory(next, 'housing!', 'immigration').at(-1)?.id).toBe('housing-3');
  });

  it('refuses a label already used by a current sibling, ignoring case', () => {
    expect(refusal(() => addCategory(base, 'BENEFITS'))).toEqual({ problem: 'duplicate', values: { label: 'Benefits' } });
    expect(refusal(() => addCategory(base, 'asylum claims', 'immigration'))).toEqual({
      problem: 'duplicate-sub',
      values: { label: 'Asylum claims' },
    });
  });

  it('allows the same label under a different parent, or beside a retired one', () => {
    expect(addCategory(base, 'Benefits', 'immigration').at(-1)?.parentId).toBe('immigration');
    expect(addCategory(retireCategory(base, 'benefits'), 'Benefits').at(-1)?.id).toBe('benefits-2');
  });

  it('refuses blank, too long, and bad parents', () => {
    expect(refusal(() => addCategory(base, '   '))).toEqual({ problem: 'empty', values: {} });
    expect(refusal(() => addCategory(base, 'x'.repeat(81)))).toEqual({ problem: 'too-long', values: { max: 80 } });
    expect(addCategory(base, 'x'.repeat(80)).at(-1)?.label).toHaveLength(80);
    expect(refusal(() => addCategory(base, 'Appeals', 'nope'))).toEqual({ problem: 'parent-gone', values: {} });
    expect(refusal(() => addCategory(base, 'Appeals', 'immigration-asylum'))).toEqual({ problem: 'too-deep', values: {} });
    expect(refusal(() => addCategory(retireCategory(base, 'immigration'), 'Appeals', 'immigration'))).toEqual({
      problem: 'parent-retired',
      values: { label: 'Immigration' },
    });
  });
});

describe('renameCategory', () => {
  it('changes the label and keeps the id', () => {
    const next = renameCategory(base, 'housing', 'Housing and homelessness');
    expect(next.find((c) => c.id === 'housing')).toEqual({ id: 'housing', label: 'Housing and homelessness', retired: false });
  });

  it('allows a change of case of its own label but refuses a sibling’s label', () => {
    expect(renameCategory(base, 'housing', 'HOUSING').find((c) => c.id === 'housing')?.label).toBe('HOUSING');
    expect(refusal(() => renameCategory(base, 'housing', 'benefits'))).toEqual({ problem: 'duplicate', values: { label: 'Benefits' } });
    expect(refusal(() => renameCategory(base, 'gone', 'X'))).toEqual({ problem: 'gone', values: {} });
  });
});

describe('retire and restore', () => {
  it('retiring a parent retires its children; labels stay for old entries', () => {
    const next = retireCategory(base, 'immigration');
    expect(next.filter((c) => c.retired).map((c) => c.id)).toEqual(['immigration', 'immigration-euss', 'immigration-asylum']);
    expect(categoryLabel(next, 'immigration-euss')).toBe('EU Settlement Scheme');
    expect(categoryLabel(next, 'immigration')).toBe('Immigration');
    expect(choosableCategories(next).map((c) => c.id)).toEqual(['benefits', 'housing', 'other']);
  });

  it('retiring a child leaves the parent and siblings', () => {
    const next = retireCategory(base, 'immigration-euss');
    expect(next.filter((c) => c.retired).map((c) => c.id)).toEqual(['immigration-euss']);
  });

  it('restoring a child restores its retired parent; restoring a parent leaves children retired', () => {
    const retired = retireCategory(base, 'immigration');
    const child = restoreCategory(retired, 'immigration-asylum');
    expect(child.filter((c) => c.retired).map((c) => c.id)).toEqual(['immigration-euss']);
    const parent = restoreCategory(retired, 'immigration');
    expect(parent.filter((c) => c.retired).map((c) => c.id)).toEqual(['immigration-euss', 'immigration-asylum']);
  });

  it('refuses to restore when a current sibling now has the same label', () => {
    const next = addCategory(retireCategory(base, 'housing'), 'Housing');
    expect(refusal(() => restoreCategory(next, 'housing'))).toEqual({ problem: 'duplicate', values: { label: 'Housing' } });
  });

  it('restoring a current category changes nothing', () => {
    expect(restoreCategory(base, 'housing')).toEqual(base);
  });
});

describe('choosableCategories', () => {
  it('lists parents by label, each followed by its children by label, with Other last', () => {
    expect(choosableCategories(base).map((c) => c.id)).toEqual([
      'benefits',
      'housing',
      'immigration',
      'immigration-asylum',
      'immigration-euss',
      'other',
    ]);
  });

  it('puts Other last in the default list too', () => {
    const ids = choosableCategories(DEFAULT_ISSUE_CATEGORIES).map((c) => c.id);
    expect(ids).toHaveLength(15);
    expect(ids[0]).toBe('asylum-support');
    expect(ids.at(-1)).toBe('other');
  });
});

describe('categoryLabel and topLevelOf', () => {
  it('names unknown ids', () => {
    expect(categoryLabel(base, 'nope')).toBe('Unknown category');
  });

  it('finds the main category', () => {
    expect(topLevelOf(base, 'immigration-euss')).toBe('immigration');
    expect(topLevelOf(base, 'housing')).toBe('housing');
    expect(topLevelOf(base, 'unknown')).toBe('unknown');
  });

  it('does not loop on a broken parent chain', () => {
    const loop: IssueCategory[] = [
      { id: 'a', label: 'A', parentId: 'b', retired: false },
      { id: 'b', label: 'B', parentId: 'a', retired: false },
    ];
    expect(['a', 'b']).toContain(topLevelOf(loop, 'a'));
  });
});
