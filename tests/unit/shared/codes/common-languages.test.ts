import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON_LANGUAGES } from '../../../../shared/codes/common-languages';
import { languageByCode } from '../../../../shared/codes/languages';
import { generateForum } from '../../../../shared/demo/generate';
import { commonLanguagesSource } from '../../../fixtures/common-languages.mjs';

describe('the common languages named without the whole ISO 639-3 table', () => {
  it('are the iso-639-3 package’s own (else run node tests/fixtures/common-languages.mjs)', () => {
    const shipped = readFileSync(new URL('../../../../shared/codes/common-languages.ts', import.meta.url), 'utf8');
    expect(shipped).toBe(commonLanguagesSource());
  });

  it('have the same name and two-letter code as the whole table', () => {
    for (const [code, name, code1] of COMMON_LANGUAGES) expect(languageByCode(code)).toEqual({ code, name, ...(code1 ? { code1 } : {}) });
  });

  it('include every language of the demo and large forums, and the languages migrant forums meet most', () => {
    const common = new Set(COMMON_LANGUAGES.map(([code]) => code));
    const forum = generateForum({ seed: 1, scale: 'demo' });
    const used = new Set([
      ...forum.clients.flatMap((c) => [...(c.languages ?? []), ...(c.interpreterLanguage ? [c.interpreterLanguage] : [])]),
      ...forum.volunteers.flatMap((v) => v.languages.map((l) => l.code)),
    ]);
    expect([...used].filter((code) => !common.has(code))).toEqual([]);
    for (const code of ['ara', 'prs', 'pes', 'fas', 'ckb', 'kmr', 'pus', 'tir', 'amh', 'som', 'ukr', 'pol', 'ron', 'yue', 'cmn', 'urd', 'ben', 'bfi']) {
      expect(common.has(code), code).toBe(true);
    }
  });
});
