/** The one rule countries and languages are named by in a locale (renderer/i18n/intl-names.ts). */
import { describe, expect, it } from 'vitest';
import { intlName, languageNameIn } from '../../../../renderer/i18n/intl-names';

const AR = 'ar-u-ca-gregory';
const FA = 'fa-u-ca-gregory';

describe('naming codes in a locale', () => {
  it('takes Intl’s name only when it is a real name, never the code echoed back or a refusal', () => {
    expect(intlName('pl-u-ca-gregory', 'region', 'SY')).toBe('Syria');
    expect(intlName(AR, 'language', 'pl')).toBe('البولندية');
    expect(intlName(AR, 'language', 'syl')).toBeUndefined();
    expect(intlName(AR, 'region', 'XX')).toBeUndefined();
    expect(intlName(AR, 'language', 'not a code!')).toBeUndefined();
  });

  it('names a language by its two-letter code, or by its ISO 639-3 code when it has none', () => {
    expect(languageNameIn(FA, 'ara', { code: 'ara', name: 'Arabic', code1: 'ar' })).toBe('عربی');
    expect(languageNameIn(FA, 'prs', { code: 'prs', name: 'Dari' })).toBe('دری');
  });

  it('falls back to the ISO list’s English name, and in English uses it throughout', () => {
    expect(languageNameIn(AR, 'syl', { code: 'syl', name: 'Sylheti' })).toBe('Sylheti');
    expect(languageNameIn(undefined, 'ara', { code: 'ara', name: 'Arabic', code1: 'ar' })).toBe('Arabic');
  });

  it('shows a code it does not know (or whose table has not arrived) as itself, never blank', () => {
    expect(languageNameIn(undefined, 'zzz', undefined)).toBe('zzz');
    expect(languageNameIn(AR, 'qaa', undefined)).toBe('qaa');
  });
});
