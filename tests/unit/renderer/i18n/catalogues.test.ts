/**
 * Every catalogue says everything English says, with the same ICU arguments, and nothing
 * English does not: a missing key would show English mid-sentence, a missing plural form
 * would show the wrong grammar ("1 people"), a renamed argument would show "{name}".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, NAMESPACES, SOURCE_LANGUAGE } from '../../../../renderer/i18n/languages';
import { catalogueProblems, flatten, type Catalogue } from './catalogue-problems';

const root = join(import.meta.dirname, '../../../../renderer/i18n/locales');
const read = (language: string, namespace: string): Catalogue =>
  JSON.parse(readFileSync(join(root, language, `${namespace}.json`), 'utf8')) as Catalogue;

describe('the catalogues', () => {
  it('have one folder per language and one file per namespace, no more', () => {
    expect(readdirSync(root).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
    for (const language of LANGUAGES) {
      expect(readdirSync(join(root, language.code)).sort()).toEqual(NAMESPACES.map((n) => `${n}.json`).sort());
    }
  });

  it('are valid ICU messages in English', () => {
    for (const namespace of NAMESPACES) {
      for (const [key, text] of Object.entries(flatten(read(SOURCE_LANGUAGE, namespace)))) {
        expect(() => new IntlMessageFormat(text, SOURCE_LANGUAGE), `${namespace}:${key}`).not.toThrow();
      }
    }
  });

  for (const language of LANGUAGES.filter((l) => l.code !== SOURCE_LANGUAGE)) {
    it(`${language.code} has every English key, with the same arguments and all its plural forms`, () => {
      const problems = NAMESPACES.flatMap((namespace) =>
        catalogueProblems(read(SOURCE_LANGUAGE, namespace), read(language.code, namespace), language.code).map((p) => `${namespace}:${p}`),
      );
      expect(problems).toEqual([]);
    });
  }
});

describe('the catalogue check itself', () => {
  const english = { greeting: 'Hello {name}', people: '{count, plural, one {# person} other {# people}}', kind: '{k, select, a {A} other {B}}' };

  it('finds a missing key, an extra key, a changed argument and a missing plural form', () => {
    const polish = {
      greeting: 'Cześć {imie}',
      people: '{count, plural, one {# osoba} few {# osoby} other {# osób}}',
      kind: '{k, select, a {A} other {B}}',
      surplus: 'Nadmiar',
    };
    expect(catalogueProblems(english, polish, 'pl')).toEqual([
      'greeting: arguments differ (en-GB: name; pl: imie)',
      'people: plural "count" lacks many',
      'surplus: not in en-GB',
    ]);
    expect(catalogueProblems(english, { greeting: 'Cześć {name}' }, 'pl')).toContain('people: missing');
  });

  it('finds a select whose options differ, and a message that does not parse', () => {
    expect(catalogueProblems(english, { ...english, kind: '{k, select, b {A} other {B}}' }, 'fa')).toEqual([
      'kind: select "k" options differ (en-GB: a other; fa: b other)',
    ]);
    expect(catalogueProblems(english, { ...english, greeting: 'سلام {name' }, 'fa')[0]).toMatch(/^greeting: not a valid ICU message/);
  });

  it('accepts a complete translation', () => {
    const arabic = {
      greeting: 'مرحبا {name}',
      people: '{count, plural, zero {لا أحد} one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}}',
      kind: '{k, select, a {أ} other {ب}}',
    };
    expect(catalogueProblems(english, arabic, 'ar')).toEqual([]);
  });
});
