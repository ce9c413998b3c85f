// @vitest-environment jsdom
/**
 * The advice screens word the schema's messages, the immigration rule, outcomes and the
 * forum's untouched default categories in the chosen language; a category the forum
 * renamed keeps the forum's own words.
 */
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IMMIGRATION_ADVICE_MESSAGE } from '../../../../../shared/advice/immigration-rule';
import { AdviceEntryFields } from '../../../../../shared/schemas';
import { i18n, setLanguage, wordMessage } from '../../../../../renderer/i18n';
import { categoriesIn } from '../../../../../renderer/features/referrals/category-words';
import { useCategoryNames } from '../../../../../renderer/features/advice/category-names';
import { useOutcomeName } from '../../../../../renderer/features/advice/outcome-names';
import { resetLanguage } from '../../../support/i18n';

afterEach(resetLanguage);

const messageOf = (result: { error?: { issues: { message: string }[] } }): string => result.error!.issues[0]!.message;

describe('advice words in the chosen language', () => {
  it('words the form’s own messages and the immigration rule in Arabic and in English', async () => {
    const categories = messageOf(AdviceEntryFields.shape.categories.safeParse([]));
    const adviser = messageOf(AdviceEntryFields.shape.adviserName.safeParse(''));
    expect(wordMessage(categories, 'en-GB')).toBe('Choose at least one issue category');
    expect(wordMessage(adviser, 'en-GB')).toBe('Enter the adviser’s name');
    await setLanguage('ar');
    expect(wordMessage(categories, 'ar')).toBe('اختر موضوعًا واحدًا على الأقل');
    expect(wordMessage(IMMIGRATION_ADVICE_MESSAGE, 'ar')).toMatch(/^لا يمكن تسجيل استشارة في شؤون الهجرة/);
  });

  it('translates a default category only while the forum has not renamed it', async () => {
    await setLanguage('pl');
    const { result } = renderHook(() => useCategoryNames());
    expect(result.current.nameOf({ id: 'housing', label: 'Housing and homelessness' })).toBe('Mieszkanie i bezdomność');
    expect(result.current.nameOf({ id: 'housing', label: 'Housing (council)' })).toBe('Housing (council)');
    expect(result.current.nameOf({ id: 'food-bank', label: 'Food bank' })).toBe('Food bank');
    expect(result.current.nameOfId('missing', [])).toBe('missing');
  });

  it('names the categories the same way in another language, for a sheet printed in the client’s', async () => {
    await setLanguage('pl');
    await setLanguage('en-GB');
    const forum = [
      { id: 'housing', label: 'Housing and homelessness', retired: false },
      { id: 'housing', label: 'Housing (council)', retired: false },
      { id: 'food-bank', label: 'Food bank', retired: false },
    ];
    expect(categoriesIn(forum, i18n.getFixedT('pl', 'advice')).map((c) => c.label)).toEqual(['Mieszkanie i bezdomność', 'Housing (council)', 'Food bank']);
  });

  it('names outcomes, and shows an unknown code as it is', async () => {
    await setLanguage('uk');
    const { result } = renderHook(() => useOutcomeName());
    expect(result.current('signposted')).toBe('Підказано, куди звернутися');
    expect(result.current('from-a-newer-version')).toBe('from-a-newer-version');
  });
});
