/** The rota's words for a component: re-made when the language changes. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { useLanguageTable } from '../../../i18n/language-table';
import { rotaWords, type RotaWords } from './rota-words';

export function useRotaWords(): RotaWords {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  // Made again when the whole language table arrives, so a rare code gets its name.
  const languageTable = useLanguageTable();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `languageTable` is the signal that the names behind it changed.
  return useMemo(() => rotaWords(t, format), [t, format, languageTable]);
}
