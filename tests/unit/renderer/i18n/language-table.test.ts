import { describe, expect, it } from 'vitest';
import { languageInfo, languageNameOf, loadLanguageTable } from '../../../../renderer/i18n/language-table';

describe('language names without the whole ISO 639-3 table in the first load', () => {
  it('names common languages at once, and a rare one (its code meanwhile) once the whole table has arrived', async () => {
    expect(languageNameOf('ara')).toBe('Arabic');
    expect(languageInfo('fas')).toEqual({ code: 'fas', name: 'Persian', code1: 'fa' });
    // Ghotuo: a living language nobody would put in the common list; asking fetches the table.
    expect(languageNameOf('aaa')).toBe('aaa');
    await loadLanguageTable();
    expect(languageNameOf('aaa')).toBe('Ghotuo');
    expect(languageNameOf('zzz-not-a-code')).toBe('zzz-not-a-code');
  });
});
