import { describe, expect, it } from 'vitest';
import { languageCodeFor } from '../../../../shared/services/hsds-languages';
import { categoriesForTerms } from '../../../../shared/services/hsds-categories';
import { DEFAULT_ISSUE_CATEGORIES } from '../../../../shared/schemas';

describe('languageCodeFor', () => {
  it.each([
    ['en', 'eng'],
    ['eng', 'eng'],
    ['English', 'eng'],
    ['en-GB', 'eng'],
    ['pt_BR', 'por'],
    ['Farsi', 'fas'],
    ['Persian', 'fas'],
    ['Dari', 'prs'],
    ['Kurdish Sorani', 'ckb'],
    ['Punjabi', 'pan'],
    ['Swahili', 'swa'],
    ['fre', 'fra'],
    ['BSL', 'bfi'],
    ['  tigrinya ', 'tir'],
    ['English (UK)', 'eng'],
  ])('%s → %s', (value, code) => {
    expect(languageCodeFor(value)).toBe(code);
  });

  it('does not guess unknown ones', () => {
    expect(languageCodeFor('Klingon')).toBeUndefined();
    expect(languageCodeFor('xx')).toBeUndefined();
    expect(languageCodeFor('')).toBeUndefined();
  });
});

describe('categoriesForTerms', () => {
  const match = (...terms: string[]): string[] => categoriesForTerms(terms, DEFAULT_ISSUE_CATEGORIES);

  it('matches keywords at the start of words, in the forum’s order', () => {
    expect(match('Homelessness prevention')).toEqual(['housing']);
    expect(match('Employment and jobs', 'Welfare benefits')).toEqual(['benefits', 'employment']);
    expect(match('GP practices')).toEqual(['health']);
  });

  it('lets the longer keyword win where one sits inside another', () => {
    expect(match('Mental health')).toEqual(['mental-health']);
    expect(match('Asylum support')).toEqual(['asylum-support']);
    expect(match('Immigration and asylum')).toEqual(['immigration']);
  });

  it('needs whole words for short keywords', () => {
    expect(match('Parenting')).toEqual(['family']);
    expect(match('Current affairs')).toEqual([]);
    expect(match('Gastroenterology')).toEqual([]);
  });

  it('matches a forum’s own label exactly', () => {
    expect(categoriesForTerms(['Family and children'], DEFAULT_ISSUE_CATEGORIES)).toEqual(['family']);
    expect(match('Other')).toEqual(['other']);
  });
});
