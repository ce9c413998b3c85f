/** Message keys are checked by the compiler: t('common:nav.today') must exist in the English catalogue. */
import 'i18next';
import type { sourceCatalogue } from './catalogues';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof sourceCatalogue;
  }
}
