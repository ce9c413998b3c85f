/**
 * A clinic's schedule, hours typed in a volunteer's own digits, and names inside translated
 * sentences, in the languages the app speaks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildRule } from '../../../../../shared/schedule/recurrence';
import { describeStoredRule } from '../../../../../renderer/features/clinics/words/schedule-words';
import { readHours } from '../../../../../renderer/features/clinics/session/hours-text';
import { isolateIn } from '../../../../../renderer/features/clinics/words/isolate-name';
import { clinicWords, languageNameIn } from '../../../../../renderer/features/clinics/words/clinic-words';
import { ensureLanguageLoaded, formatterFor, i18n, type Language } from '../../../../../renderer/i18n';
import { resetLanguage } from '../../../support/i18n';

afterEach(resetLanguage);

async function wordsIn(language: Language) {
  await ensureLanguageLoaded(language);
  return { t: i18n.getFixedT(language, 'clinics'), format: formatterFor(language) };
}

describe('a clinic schedule in words', () => {
  it('reads the stored rule back in English as the coordinator chose it', async () => {
    const { t, format } = await wordsIn('en-GB');
    expect(describeStoredRule(buildRule({ kind: 'monthly-by-weekday', nth: 1, weekday: 3 }), t, format)).toBe('every month on the 1st Thursday');
    expect(describeStoredRule(buildRule({ kind: 'monthly-by-weekday', nth: -1, weekday: 4 }), t, format)).toBe('every month on the last Friday');
    expect(describeStoredRule(buildRule({ kind: 'weekly', weekdays: [2, 0], interval: 1 }), t, format)).toBe('every week on Monday and Wednesday');
    expect(describeStoredRule(buildRule({ kind: 'weekly', weekdays: [1], interval: 2 }), t, format)).toBe('every 2 weeks on Tuesday');
    expect(describeStoredRule(buildRule({ kind: 'monthly-by-date', day: 15 }), t, format)).toBe('every month on day 15');
    expect(describeStoredRule('FREQ=DAILY', t, format)).toBe('on its own schedule');
  });

  it('in Polish and Arabic, with the language’s weekday names and plural forms', async () => {
    const polish = await wordsIn('pl');
    expect(describeStoredRule(buildRule({ kind: 'weekly', weekdays: [1], interval: 2 }), polish.t, polish.format)).toBe('co 2 tygodnie: wtorek');
    expect(describeStoredRule(buildRule({ kind: 'weekly', weekdays: [1], interval: 1 }), polish.t, polish.format)).toBe('co tydzień: wtorek');
    const arabic = await wordsIn('ar');
    expect(describeStoredRule(buildRule({ kind: 'weekly', weekdays: [1], interval: 2 }), arabic.t, arabic.format)).toBe('كل أسبوعين يوم الثلاثاء');
  });
});

describe('the codes clinic records hold', () => {
  it('are named in the language: statuses, kinds, default roles; the forum’s own roles as written', async () => {
    const { t } = await wordsIn('uk');
    const words = clinicWords(t, 'uk');
    expect(words.status('did-not-attend')).toBe('Не прийшов');
    expect(words.kind('job-club')).toBe('Клуб пошуку роботи');
    expect(words.role('adviser')).toBe('Консультант');
    expect(words.role('welfare-rights-caseworker')).toBe('Welfare rights caseworker');
  });

  it('name a language in the UI language where Intl knows it, in English otherwise', () => {
    expect(languageNameIn('en-GB', 'ara')).toBe('Arabic');
    expect(languageNameIn('pl', 'ara')).toBe('arabski');
    expect(languageNameIn('ar', 'pol')).toBe('البولندية');
    // Sylheti has no two-letter code: its English name is still better than a code.
    expect(languageNameIn('ar', 'syl')).toBe('Sylheti');
  });
});

describe('hours worked as typed', () => {
  it('reads Western, Arabic-Indic and Persian digits and a decimal comma', () => {
    expect(readHours('2.5')).toBe(2.5);
    expect(readHours('2,5')).toBe(2.5);
    expect(readHours('٢٫٥')).toBe(2.5);
    expect(readHours('۳')).toBe(3);
    expect(readHours('two')).toBeNaN();
    expect(readHours('')).toBeNaN();
  });
});

describe('a name inside a translated sentence', () => {
  it('is isolated when directions mix, and left as typed in an English sentence with a Latin name', () => {
    expect(isolateIn('en-GB', 'Hamid Rahimi')).toBe('Hamid Rahimi');
    expect(isolateIn('en-GB', 'عمر الحلبي')).toBe('\u2068عمر الحلبي\u2069');
    expect(isolateIn('ar', 'Hamid Rahimi')).toBe('\u2068Hamid Rahimi\u2069');
  });
});
