/**
 * The report request's problems in the app's language. shared/report/report-request.ts
 * words them in plain English (tested for it); each is mapped here to its catalogue key.
 */
import { useTranslation } from 'react-i18next';

type Key = 'chooseMonth' | 'notStarted' | 'lastBeforeFirst' | 'tooLong';

const KNOWN: Readonly<Record<string, Key>> = {
  'Choose a month': 'chooseMonth',
  'A report can only cover months that have started': 'notStarted',
  'The last month is before the first': 'lastBeforeFirst',
  'A report covers at most 36 months': 'tooLong',
};

export function useRequestMessages(): (message: string | undefined) => string | undefined {
  const { t } = useTranslation('reports');
  return (message) => {
    if (message === undefined || message === '') return undefined;
    const key = KNOWN[message];
    return key ? t(`setup.problem.${key}`) : message;
  };
}
