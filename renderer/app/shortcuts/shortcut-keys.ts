/**
 * The busy desk's keyboard shortcuts, as pure functions of a key press: which shortcut a
 * press means, and whether the person is typing (then none fires, so "/" or "?" typed in
 * a name stays a character). Alt shortcuts match the physical key (event.code), because
 * Alt+N types "˜" on a Mac and a different letter on a non-Latin layout.
 */

export type ShortcutId = 'findClient' | 'newClient' | 'nextInQueue' | 'help';

export interface ShortcutKeys {
  id: ShortcutId;
  /** The keys as shown in the help panel, one combination per entry. */
  keys: readonly (readonly string[])[];
}

export const SHORTCUTS: readonly ShortcutKeys[] = [
  { id: 'findClient', keys: [['/'], ['Ctrl', 'K']] },
  { id: 'newClient', keys: [['Alt', 'N']] },
  { id: 'nextInQueue', keys: [['Alt', 'Q']] },
  { id: 'help', keys: [['?'], ['F1']] },
];

export interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The shortcut a key press means, or undefined. */
export function shortcutFor(press: KeyPress): ShortcutId | undefined {
  const command = press.ctrlKey || press.metaKey;
  if (press.altKey && !command) {
    if (press.code === 'KeyN') return 'newClient';
    if (press.code === 'KeyQ') return 'nextInQueue';
    return undefined;
  }
  if (command && !press.altKey && press.code === 'KeyK') return 'findClient';
  if (press.altKey || command) return undefined;
  if (press.key === '/') return 'findClient';
  if (press.key === '?') return 'help';
  if (press.key === 'F1') return 'help';
  return undefined;
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'tel', 'url', 'number', 'password', 'date', 'time', 'datetime-local', 'month', 'week']);

/** True when the key press goes into a field: a text box, a list box or editable text. */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return TEXT_INPUTS.has(((element as HTMLInputElement).type || 'text').toLowerCase());
  if (element.isContentEditable) return true;
  const role = element.getAttribute('role');
  return role === 'combobox' || role === 'textbox' || role === 'searchbox';
}
