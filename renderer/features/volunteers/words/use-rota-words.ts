/** The rota's words for a component: re-made when the language changes. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { rotaWords, type RotaWords } from './rota-words';

export function useRotaWords(): RotaWords {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  return useMemo(() => rotaWords(t, format), [t, format]);
}
