/**
 * Languages by ISO 639-3 code, from the iso-639-3 package (SIL's registry): living
 * languages and macrolanguages, so Dari, Sorani, Tigrinya and Cantonese are all there.
 */
import { iso6393, iso6393To1 } from 'iso-639-3';

export interface LanguageOption {
  code: string;
  name: string;
  /** The two-letter code where one exists (for HSDS imports that use 639-1). */
  code1?: string;
}

let options: LanguageOption[] | undefined;
let byCode: Map<string, LanguageOption> | undefined;

export function languageOptions(): LanguageOption[] {
  options ??= iso6393
    .filter((l) => l.type === 'living' && (l.scope === 'individual' || l.scope === 'macrolanguage'))
    .map((l) => ({ code: l.iso6393, name: l.name, ...(iso6393To1[l.iso6393] ? { code1: iso6393To1[l.iso6393] } : {}) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return options;
}

export function languageByCode(code: string): LanguageOption | undefined {
  byCode ??= new Map(languageOptions().map((l) => [l.code, l]));
  return byCode.get(code);
}

/** "Arabic", or the code itself when unknown (never blank). */
export function languageName(code: string): string {
  return languageByCode(code)?.name ?? code;
}
