/** How a hidden number looks in the report: a mark for the eye, the word for a screen reader. */
import { useTranslation } from 'react-i18next';

/** A symbol, the same in every language; the word is in the catalogue. */
const MARK = '✕';

export function SuppressedMark() {
  const { t } = useTranslation('reports');
  return (
    <>
      <span aria-hidden="true">{MARK}</span>
      <span className="visually-hidden">{t('table.suppressed')}</span>
    </>
  );
}

/** The mark alone, before the sentence that explains it. */
export function MarkOnly() {
  return <span aria-hidden="true">{MARK}</span>;
}
