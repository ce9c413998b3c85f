import { describe, expect, it } from 'vitest';
import { appLanguageForClient, printLanguage } from '../../../../renderer/i18n/client-language';

describe('the language a client reads', () => {
  it('is the first of their languages the app has, by ISO 639-3 code', () => {
    expect(appLanguageForClient(['tir', 'arb', 'eng'])).toBe('ar');
    expect(appLanguageForClient(['prs'])).toBe('fa');
    expect(appLanguageForClient(['ukr', 'pol'])).toBe('uk');
    expect(appLanguageForClient(['eng', 'pol'])).toBe('en-GB');
  });

  it('is none when the app speaks none of them', () => {
    expect(appLanguageForClient(['tir', 'kur'])).toBeNull();
    expect(appLanguageForClient([])).toBeNull();
  });

  it('prints in that language whatever the app is showing', async () => {
    const polish = await printLanguage('pl', 'common');
    expect(polish.dir).toBe('ltr');
    expect(polish.t('actions.cancel')).toBe('Anuluj');
    expect(polish.format.date('2026-12-03', 'long')).toMatch(/grudnia 2026/);
    const arabic = await printLanguage('ar', 'common');
    expect(arabic.dir).toBe('rtl');
  });
});
