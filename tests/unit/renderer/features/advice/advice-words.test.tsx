// @vitest-environment jsdom
/**
 * The advice screens word the schema's messages, the immigration rule, outcomes and the
 * forum's untouched default categories in the chosen language; a category the forum
 * renamed keeps the forum's own words.
 */
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IMMIGRATION_ADVICE_MESSAGE } from '../../../../../shared/advice/immigration-rule';
import { ADVICE_MESSAGES } from '../../../../../shared/schemas';
import { setLanguage } from '../../../../../renderer/i18n';
import { useAdviceMessage } from '../../../../../renderer/features/advice/advice-messages';
import { useCategoryNames } from '../../../../../renderer/features/advice/category-names';
import { useOutcomeName } from '../../../../../renderer/features/advice/outcome-names';
import { resetLanguage } from '../../../support/i18n';

afterEach(resetLanguage);

describe('advice words in the chosen language', () => {
  it('words the form’s own messages and the immigration rule in Arabic, and leaves other messages as they came', async () => {
    await setLanguage('ar');
    const { result } = renderHook(() => useAdviceMessage());
    expect(result.current(ADVICE_MESSAGES.categories)).toBe('اختر موضوعًا واحدًا على الأقل');
    expect(result.current(IMMIGRATION_ADVICE_MESSAGE)).toMatch(/^لا يمكن تسجيل استشارة في شؤون الهجرة/);
    expect(result.current('Something else')).toBe('Something else');
    expect(result.current(undefined)).toBeUndefined();
  });

  it('keeps the English messages in English', () => {
    const { result } = renderHook(() => useAdviceMessage());
    expect(result.current(ADVICE_MESSAGES.adviserName)).toBe('Enter the adviser’s name');
  });

  it('translates a default category only while the forum has not renamed it', async () => {
    await setLanguage('pl');
    const { result } = renderHook(() => useCategoryNames());
    expect(result.current.nameOf({ id: 'housing', label: 'Housing and homelessness' })).toBe('Mieszkanie i bezdomność');
    expect(result.current.nameOf({ id: 'housing', label: 'Housing (council)' })).toBe('Housing (council)');
    expect(result.current.nameOf({ id: 'food-bank', label: 'Food bank' })).toBe('Food bank');
    expect(result.current.nameOfId('missing', [])).toBe('missing');
  });

  it('names outcomes, and shows an unknown code as it is', async () => {
    await setLanguage('uk');
    const { result } = renderHook(() => useOutcomeName());
    expect(result.current('signposted')).toBe('Підказано, куди звернутися');
    expect(result.current('from-a-newer-version')).toBe('from-a-newer-version');
  });
});
