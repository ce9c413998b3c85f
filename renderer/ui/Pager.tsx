/**
 * Moves through a long list a page at a time and says where you are ("Showing 51–100 of
 * 6,855"). Lists read one page through an index (renderer/data/repositories/pages.ts), so
 * the screen stays quick however many records there are. The words are said politely to
 * screen readers when the page changes.
 */
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export interface PagerProps {
  /** Names the pager, e.g. "Pages of the advice log" (a page can have more than one). */
  label: string;
  offset: number;
  pageSize: number;
  /** Rows on this page. */
  shown: number;
  total: number;
  onOffset: (offset: number) => void;
}

export function Pager({ label, offset, pageSize, shown, total, onOffset }: PagerProps) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const from = offset + 1;
  const to = offset + shown;
  return (
    <nav className="pager" aria-label={label}>
      <span className="pager__range" aria-live="polite">
        {t('pager.showing', { from, to, total })}
      </span>
      {total > pageSize ? (
        <span className="pager__buttons">
          <Button disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
            {t('pager.previous')}
          </Button>
          <Button disabled={to >= total} onClick={() => onOffset(offset + pageSize)}>
            {t('pager.next')}
          </Button>
        </span>
      ) : null}
    </nav>
  );
}

/** The offset to show once the list shrank under it (a follow-up ticked off the last page): its new last page. */
export function offsetWithin(offset: number, total: number, pageSize: number): number {
  if (offset < total || total === 0) return offset < total ? offset : 0;
  return Math.floor((total - 1) / pageSize) * pageSize;
}
