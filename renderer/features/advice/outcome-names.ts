/** An advice outcome's code in words; a code from a newer or damaged record is shown as it is. */
import { useTranslation } from 'react-i18next';
import { ADVICE_OUTCOMES, type AdviceOutcome } from '../../../shared/schemas';

const isOutcome = (code: string): code is AdviceOutcome => (ADVICE_OUTCOMES as readonly string[]).includes(code);

export function useOutcomeName(): (code: string) => string {
  const { t } = useTranslation('advice');
  return (code) => (isOutcome(code) ? t(`outcome.${code}`) : code);
}
