/**
 * Matches an HSDS directory's taxonomy terms ("Benefits advice", "Food banks") to the
 * forum's issue categories by keyword. A term matches a category when one of its
 * keywords starts a word in the term (short keywords must be the whole word), or when
 * the term is exactly the category's label. Where one keyword sits inside a longer one
 * ("health" in "mental health"), only the longer counts.
 */
import type { IssueCategory } from '../schemas';

export const HSDS_CATEGORY_KEYWORDS: ReadonlyArray<readonly [categoryId: string, keywords: readonly string[]]> = [
  ['benefits', ['benefit', 'welfare', 'universal credit', 'pension credit', 'social security', 'pip', 'jobseeker']],
  ['asylum-support', ['asylum support', 'section 95', 'section 4 support', 'aspen card']],
  ['immigration', ['immigration', 'asylum', 'visa', 'visas', 'nationality', 'citizenship', 'settled status', 'refugee', 'leave to remain', 'euss', 'oisc']],
  ['housing', ['housing', 'homeless', 'tenancy', 'tenant', 'landlord', 'rent', 'accommodation', 'eviction', 'shelter']],
  ['employment', ['employ', 'job', 'jobs', 'jobcentre', 'work', 'career', 'cv', 'recruitment', 'volunteering opportunities']],
  ['money', ['money', 'debt', 'debts', 'credit union', 'budget', 'financ', 'loan', 'loans', 'food', 'foodbank', 'food bank', 'poverty', 'crisis grant', 'welfare fund']],
  ['health', ['health', 'gp', 'doctor', 'medical', 'nhs', 'dental', 'dentist', 'hospital', 'pharmac', 'maternity']],
  ['mental-health', ['mental health', 'wellbeing', 'counselling', 'trauma', 'psycholog', 'psychiatr', 'anxiety', 'depression']],
  ['education', ['education', 'esol', 'english language', 'english class', 'english for speakers', 'school', 'college', 'learning', 'skills', 'training', 'course', 'literacy']],
  ['family', ['family', 'families', 'child', 'children', 'parent', 'nursery', 'childcare', 'domestic abuse', 'family reunion']],
  ['utilities', ['utilit', 'energy', 'gas', 'electricity', 'water', 'broadband', 'consumer']],
  ['discrimination', ['discriminat', 'hate crime', 'racism', 'equality', 'equalities']],
  ['legal', ['legal', 'law', 'lawyer', 'law centre', 'solicitor', 'police', 'court', 'justice', 'criminal']],
  ['community', ['community', 'social', 'befriend', 'faith', 'integration', 'sport', 'youth club']],
];

const WHOLE_WORD_MAX = 4;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let compiled: Array<{ categoryId: string; keyword: string; pattern: RegExp }> | undefined;

function patterns(): NonNullable<typeof compiled> {
  compiled ??= HSDS_CATEGORY_KEYWORDS.flatMap(([categoryId, keywords]) =>
    keywords.map((keyword) => ({
      categoryId,
      keyword,
      pattern: new RegExp(`(?:^|[^a-z0-9])(${escape(keyword)})${keyword.length <= WHOLE_WORD_MAX ? '(?![a-z0-9])' : ''}`, 'g'),
    })),
  );
  return compiled;
}

const normalise = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

function idsForTerm(term: string, categories: readonly IssueCategory[]): string[] {
  const text = normalise(term);
  const exact = categories.filter((c) => normalise(c.label) === text).map((c) => c.id);
  const spans: Array<{ categoryId: string; start: number; end: number }> = [];
  for (const { categoryId, pattern } of patterns()) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const word = m[1] ?? '';
      const start = m.index + m[0].length - word.length;
      spans.push({ categoryId, start, end: start + word.length });
      if (m[0].length === 0) pattern.lastIndex += 1;
    }
  }
  const kept = spans.filter(
    (s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start),
  );
  return [...exact, ...kept.map((s) => s.categoryId)];
}

/**
 * The forum's category ids (choosable ones only) that the terms point to, in the order of
 * the forum's list, without repeats.
 */
export function categoriesForTerms(terms: readonly string[], categories: readonly IssueCategory[]): string[] {
  const current = categories.filter((c) => !c.retired);
  const found = new Set(terms.flatMap((t) => idsForTerm(t, current)));
  return current.filter((c) => found.has(c.id)).map((c) => c.id);
}
