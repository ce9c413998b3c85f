/**
 * Rendering components with their translations in unit tests. The app's i18n instance is
 * one module-level object, set up in English at import; `renderInLanguage` switches it
 * (loading the catalogue as the app does) before rendering, and `resetLanguage` (call it in
 * afterEach) puts English back so tests do not leak a language into each other.
 *
 *   afterEach(resetLanguage);
 *   await renderInLanguage(<PageHeader title="…" />, 'ar');
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n, setLanguage, SOURCE_LANGUAGE, type Language } from '../../../renderer/i18n';

export async function renderInLanguage(ui: ReactElement, language: Language = SOURCE_LANGUAGE): Promise<RenderResult> {
  await setLanguage(language);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

export async function resetLanguage(): Promise<void> {
  await setLanguage(SOURCE_LANGUAGE);
}

type AnyT = (key: string, values?: Record<string, unknown>) => string;

/** A message from a catalogue ("common:nav.today" or "nav.today"), for asserting on what a user would read. */
export function message(key: string, values?: Record<string, unknown>, language: Language = SOURCE_LANGUAGE): string {
  return (i18n.getFixedT(language) as unknown as AnyT)(key, values);
}
