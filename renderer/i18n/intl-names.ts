/**
 * The one rule codes are named by in a locale: Intl.DisplayNames' name where it has a real
 * one (a language by its two-letter code, or by its ISO 639-3 code when it has none: Intl
 * knows Sorani, Farsi and Dari so), else the English name of the ISO list. It imports no
 * code table, so the screens in the first load can use it with the lazily loaded language
 * table (language-table.ts) while the report and the pickers pass the whole one.
 */
import type { LanguageOption } from '../../shared/codes/languages';

const made = new Map<string, Intl.DisplayNames>();

/** Intl's name for a region or language code in `intlLocale`, when it is a real name (not just the code echoed back). */
export function intlName(intlLocale: string, type: 'region' | 'language', code: string): string | undefined {
  const key = `${type} ${intlLocale}`;
  let names = made.get(key);
  if (!names) {
    names = new Intl.DisplayNames([intlLocale], { type, fallback: 'none' });
    made.set(key, names);
  }
  try {
    const name = names.of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : undefined;
  } catch {
    // An unusual code Intl refuses: the English name is still right.
    return undefined;
  }
}

/**
 * A language named in `intlLocale` (none: English). `known` is its row of the ISO table
 * the caller has (the whole table, or the common languages while the rest loads);
 * unknown, the code itself, never blank.
 */
export function languageNameIn(intlLocale: string | undefined, code: string, known: LanguageOption | undefined): string {
  return (intlLocale ? intlName(intlLocale, 'language', known?.code1 ?? code) : undefined) ?? known?.name ?? code;
}
