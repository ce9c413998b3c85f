/** Why a row of a client import is refused or a duplicate, or what was left out of it, in words. */
import { useTranslation } from 'react-i18next';
import type { ClientImportReason } from '../../../../shared/imports/client-import';
import { useMessageWords } from '../../../i18n';
import { useFormat } from '../../../i18n/format';
import { isolate } from '../../../ui/UserText';

export function useImportReasons(): (reasons: readonly ClientImportReason[]) => string {
  const { t } = useTranslation('clients');
  const format = useFormat();
  const words = useMessageWords();
  const one = (reason: ClientImportReason): string => {
    switch (reason.code) {
      case 'unreadable-row':
        return reason.problem.code === 'unterminated-quote'
          ? t('import.report.reason.unterminated-quote')
          : t('import.report.reason.too-many-values', { found: reason.problem.found, expected: reason.problem.expected });
      case 'invalid': {
        const problem = words(reason.message);
        return reason.field ? t('import.report.fieldProblem', { field: t(`import.field.${reason.field}`), problem }) : problem;
      }
      case 'already-registered':
        return t('import.report.reason.already-registered', { ref: reason.ref, name: isolate(reason.name) });
      case 'same-as-row':
        return t('import.report.reason.same-as-row', { row: reason.row });
      case 'not-a-year':
        return t('import.report.reason.not-a-year', { field: t(`import.field.${reason.field}`), value: isolate(reason.value) });
      case 'unknown-country':
      case 'unknown-language':
      case 'not-a-postcode':
      case 'unknown-interpreter-language':
        return t(`import.report.reason.${reason.code}`, { value: isolate(reason.value) });
    }
  };
  // Several reasons read as one line: "…; …" in the language's own list form.
  return (reasons) => format.list(reasons.map(one), 'unit');
}
