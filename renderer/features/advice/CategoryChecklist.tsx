/**
 * Issue categories as ticks, main categories with their sub-categories beneath. Retired
 * categories are offered only where an old entry already has them, so they stay on it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { choosableCategories } from '../../../shared/advice/categories';
import type { IssueCategory } from '../../../shared/schemas';
import { useMessageWords } from '../../i18n';
import { UserText } from '../../ui/UserText';
import { useCategoryNames } from './category-names';

export function CategoryChecklist({
  categories,
  value,
  onChange,
  error,
  legend,
}: {
  legend?: string;
  categories: readonly IssueCategory[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('advice');
  const { nameOf } = useCategoryNames();
  const words = useMessageWords();
  const errorId = useId();
  const offered = choosableCategories(categories);
  const retiredKept = categories.filter((c) => c.retired && value.includes(c.id));
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));
  return (
    <fieldset className="category-checklist" aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="field__label">{legend ?? t('categories.legend')}</legend>
      <div className="category-checklist__grid">
        {[...offered, ...retiredKept].map((category) => (
          <label key={category.id} className={category.parentId ? 'checkbox checkbox--sub' : 'checkbox'}>
            <input type="checkbox" checked={value.includes(category.id)} onChange={(e) => toggle(category.id, e.target.checked)} />
            <UserText>{nameOf(category)}</UserText>
            {category.retired ? <span className="muted"> {t('categories.retired')}</span> : null}
          </label>
        ))}
      </div>
      {error ? (
        <span className="field__error" id={errorId}>
          {words(error)}
        </span>
      ) : null}
    </fieldset>
  );
}
