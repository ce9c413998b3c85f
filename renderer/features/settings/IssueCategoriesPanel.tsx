/**
 * The issue categories advisers choose from: add (as a main category or under one),
 * rename, retire (it stays on old entries but can no longer be chosen) and restore.
 */
import { useState } from 'react';
import { addCategory, CategoryError, renameCategory, restoreCategory, retireCategory } from '../../../shared/advice/categories';
import type { IssueCategory } from '../../../shared/schemas';
import { saveSettings, useSettings } from '../../data';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { refusalMessage } from '../../ui/form-errors';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';

export function IssueCategoriesPanel() {
  const settings = useSettings();
  const status = useStatus();
  const [label, setLabel] = useState('');
  const [parentId, setParentId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; label: string } | null>(null);
  if (!settings) return null;
  const list = settings.issueCategories;

  const apply = async (change: (current: IssueCategory[]) => IssueCategory[], said: string): Promise<boolean> => {
    try {
      await saveSettings({ issueCategories: change(list) });
      status.say(said);
      return true;
    } catch (error) {
      const message = error instanceof CategoryError ? error.message : refusalMessage(error);
      setProblem(message);
      return false;
    }
  };
  const mains = list.filter((c) => !c.parentId);

  return (
    <Panel title="Issue categories">
      <p className="muted">Advisers tick these when they log advice; reports count them. A retired category stays on old entries.</p>
      <ul className="category-admin" aria-label="Issue categories">
        {mains.map((main) => (
          <li key={main.id}>
            <CategoryRow category={main} renaming={renaming} setRenaming={setRenaming} apply={apply} />
            {list.some((c) => c.parentId === main.id) ? (
              <ul>
                {list
                  .filter((c) => c.parentId === main.id)
                  .map((sub) => (
                    <li key={sub.id}>
                      <CategoryRow category={sub} renaming={renaming} setRenaming={setRenaming} apply={apply} />
                    </li>
                  ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <form
        className="category-admin__add"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setProblem(null);
          void apply((current) => addCategory(current, label, parentId || undefined), `Added “${label.trim()}”`).then((ok) => ok && setLabel(''));
        }}
      >
        <Field label="New category" error={problem ?? undefined}>
          <input className="input" value={label} onChange={(e) => setLabel(e.target.value)} />
        </Field>
        <Field label="Under">
          <select className="select" value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <option value="">None (a main category)</option>
            {mains
              .filter((c) => !c.retired)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
          </select>
        </Field>
        <Button type="submit">Add category</Button>
      </form>
    </Panel>
  );
}

function CategoryRow({
  category,
  renaming,
  setRenaming,
  apply,
}: {
  category: IssueCategory;
  renaming: { id: string; label: string } | null;
  setRenaming: (value: { id: string; label: string } | null) => void;
  apply: (change: (current: IssueCategory[]) => IssueCategory[], said: string) => Promise<boolean>;
}) {
  if (renaming?.id === category.id) {
    return (
      <form
        className="category-admin__row"
        onSubmit={(event) => {
          event.preventDefault();
          void apply((current) => renameCategory(current, category.id, renaming.label), 'Renamed').then((ok) => ok && setRenaming(null));
        }}
      >
        <input className="input" aria-label={`New name for ${category.label}`} value={renaming.label} onChange={(e) => setRenaming({ id: category.id, label: e.target.value })} />
        <Button type="submit" variant="primary">
          Save
        </Button>
        <Button variant="quiet" onClick={() => setRenaming(null)}>
          Cancel
        </Button>
      </form>
    );
  }
  return (
    <div className="category-admin__row">
      <span className={category.retired ? 'muted' : undefined}>{category.label}</span>
      {category.retired ? <Badge>Retired</Badge> : null}
      <span className="category-admin__actions">
        <Button variant="quiet" aria-label={`Rename ${category.label}`} onClick={() => setRenaming({ id: category.id, label: category.label })}>
          Rename
        </Button>
        {category.retired ? (
          <Button variant="quiet" aria-label={`Restore ${category.label}`} onClick={() => void apply((current) => restoreCategory(current, category.id), `Restored “${category.label}”`)}>
            Restore
          </Button>
        ) : (
          <Button variant="quiet" aria-label={`Retire ${category.label}`} onClick={() => void apply((current) => retireCategory(current, category.id), `Retired “${category.label}”`)}>
            Retire
          </Button>
        )}
      </span>
    </div>
  );
}
