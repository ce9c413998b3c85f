/**
 * HSDS directories name languages every way: "English", "en", "eng", "en-GB", "Farsi".
 * This turns each into the ISO 639-3 code the app stores, or undefined when unknown.
 */
import { languageByCode, languageOptions } from '../codes/languages';

/** Everyday names and ISO 639-2/B codes that differ from the registry's own names. */
const ALIASES: Record<string, string> = {
  farsi: 'fas',
  punjabi: 'pan',
  pashto: 'pus',
  sorani: 'ckb',
  'kurdish sorani': 'ckb',
  'sorani kurdish': 'ckb',
  kurmanji: 'kmr',
  'kurdish kurmanji': 'kmr',
  'kurmanji kurdish': 'kmr',
  mandarin: 'cmn',
  cantonese: 'yue',
  swahili: 'swa',
  bangla: 'ben',
  gaelic: 'gla',
  bsl: 'bfi',
  tagalog: 'tgl',
  // ISO 639-2/B bibliographic codes.
  alb: 'sqi',
  arm: 'hye',
  baq: 'eus',
  bur: 'mya',
  chi: 'zho',
  cze: 'ces',
  dut: 'nld',
  fre: 'fra',
  geo: 'kat',
  ger: 'deu',
  gre: 'ell',
  ice: 'isl',
  mac: 'mkd',
  may: 'msa',
  per: 'fas',
  rum: 'ron',
  slo: 'slk',
  tib: 'bod',
  wel: 'cym',
};

let byName: Map<string, string> | undefined;
let byCode1: Map<string, string> | undefined;

function indexes(): { byName: Map<string, string>; byCode1: Map<string, string> } {
  if (!byName || !byCode1) {
    byName = new Map();
    byCode1 = new Map();
    for (const option of languageOptions()) {
      const name = option.name.toLowerCase();
      const bare = name.replace(/\s*\((macrolanguage|individual language)\)$/, '');
      if (!byName.has(name)) byName.set(name, option.code);
      if (!byName.has(bare)) byName.set(bare, option.code);
      if (option.code1 && !byCode1.has(option.code1)) byCode1.set(option.code1, option.code);
    }
  }
  return { byName, byCode1 };
}

/** The ISO 639-3 code for a language name or code, or undefined when it is not recognised. */
export function languageCodeFor(value: string): string | undefined {
  const text = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return undefined;
  const alias = ALIASES[text];
  if (alias) return alias;
  const { byName: names, byCode1: codes1 } = indexes();
  // A language tag (en-GB, pt_BR, zh-Hant): its first part is the language.
  const tag = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/.exec(text);
  if (tag?.[1]) {
    const primary = tag[1];
    if (primary.length === 2) {
      const code = codes1.get(primary);
      if (code) return code;
    } else {
      const aliased = ALIASES[primary];
      if (aliased) return aliased;
      if (languageByCode(primary)) return primary;
    }
  }
  const named = names.get(text) ?? names.get(text.replace(/\s*\(.*\)\s*$/, ''));
  return named;
}
