/**
 * A searchable picker over a long list (countries, 7,000 languages): type part of a name,
 * move with the arrow keys, Enter or a click chooses. Follows the ARIA combobox pattern,
 * so a screen reader announces the list and the highlighted option.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { foldForSearch } from '../../shared/frontdesk/client-search';

export interface ComboboxOption {
  value: string;
  label: string;
  /** Ranked first among equal matches (e.g. widely spoken languages). */
  common?: boolean;
  /** Another name that also finds it (the English name when the label is in another language). */
  alias?: string;
}

interface ComboboxProps {
  options: readonly ComboboxOption[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  placeholder?: string;
  id?: string;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: boolean | undefined;
  /** Clears the text after a choice (for adding to a list rather than choosing one). */
  clearOnChoose?: boolean;
  exclude?: readonly string[];
}

const SHOWN = 40;

function rank(options: readonly ComboboxOption[], query: string, exclude: ReadonlySet<string>): ComboboxOption[] {
  const folded = foldForSearch(query.trim());
  const scored: { option: ComboboxOption; score: number }[] = [];
  for (const option of options) {
    if (exclude.has(option.value)) continue;
    if (!folded) {
      if (option.common) scored.push({ option, score: 0 });
      continue;
    }
    const label = foldForSearch(option.label);
    const at = label.indexOf(folded);
    const code = option.value.toLowerCase() === folded;
    const byAlias = at < 0 && !code && option.alias !== undefined && foldForSearch(option.alias).includes(folded);
    if (at < 0 && !code && !byAlias) continue;
    const wordStart = at === 0 || (at > 0 && /[\s(,-]/.test(label[at - 1] ?? ''));
    const place = code ? 0 : byAlias ? 3 : at === 0 ? 1 : wordStart ? 2 : 3;
    scored.push({ option, score: place * 2 + (option.common ? 0 : 1) });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.option.label.localeCompare(b.option.label))
    .slice(0, SHOWN)
    .map((s) => s.option);
}

export function Combobox({ options, value, onChange, placeholder, clearOnChoose = false, exclude = [], ...aria }: ComboboxProps) {
  const listId = useId();
  const chosen = options.find((o) => o.value === value);
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const shownText = text ?? chosen?.label ?? '';
  const excluded = useMemo(() => new Set(exclude), [exclude]);
  const matches = useMemo(() => (open ? rank(options, text ?? '', excluded) : []), [open, options, text, excluded]);

  const choose = (option: ComboboxOption) => {
    onChange(option.value);
    setText(clearOnChoose ? '' : null);
    setOpen(false);
  };

  return (
    <div className="combobox">
      <input
        ref={input}
        className="input"
        role="combobox"
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={shownText}
        {...aria}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
          if (event.target.value.trim() === '' && !clearOnChoose) onChange(undefined);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setText(clearOnChoose ? '' : null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, matches.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === 'Enter' && open && matches[active]) {
            event.preventDefault();
            choose(matches[active]);
          } else if (event.key === 'Escape' && open) {
            event.preventDefault();
            setOpen(false);
          }
        }}
      />
      <ul id={listId} role="listbox" className="combobox__list" hidden={!open || matches.length === 0}>
        {matches.map((option, index) => (
          <li
            key={option.value}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="combobox__option"
            // Chosen on mousedown so the input's blur does not close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            {option.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
