/**
 * Language names for screens, without putting the whole ISO 639-3 table (about 7,000
 * languages) into the first load: the common languages (shared/codes/common-languages.ts)
 * are named at once; the whole table is fetched the first time a rarer code is asked for
 * (or a picker needs every language), and screens that name languages re-render when it
 * arrives (useLanguageTable). Until then a rare code shows as itself, never blank.
 */
import { useSyncExternalStore } from 'react';
import { COMMON_LANGUAGES } from '../../shared/codes/common-languages';
import type * as LanguageTable from '../../shared/codes/languages';
import type { LanguageOption } from '../../shared/codes/languages';

type Table = typeof LanguageTable;

const common = new Map<string, LanguageOption>(
  COMMON_LANGUAGES.map(([code, name, code1]) => [code, code1 ? { code, name, code1 } : { code, name }]),
);
let full: Table | undefined;
let loading: Promise<Table> | undefined;
let version = 0;
const listeners = new Set<() => void>();

/** Fetches the whole table once; every screen naming languages re-renders when it has arrived. */
export function loadLanguageTable(): Promise<Table> {
  loading ??= import('../../shared/codes/languages').then((table) => {
    full = table;
    version += 1;
    for (const listener of listeners) listener();
    return table;
  });
  return loading;
}

/** The language by its ISO 639-3 code; undefined while a rare code waits for the whole table (fetched now). */
export function languageInfo(code: string): LanguageOption | undefined {
  const found = common.get(code) ?? full?.languageByCode(code);
  if (!found && !full) void loadLanguageTable();
  return found;
}

/** "Arabic", or the code itself when unknown or not yet loaded (never blank). */
export function languageNameOf(code: string): string {
  return languageInfo(code)?.name ?? code;
}

/** Re-renders the caller when the whole table arrives; returns a number that changes then (for memo dependencies). */
export function useLanguageTable(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
}

/** Every language, for pickers: undefined until the whole table has arrived (fetched now). */
export function useLanguageOptions(): LanguageOption[] | undefined {
  useLanguageTable();
  if (!full) void loadLanguageTable();
  return full?.languageOptions();
}
