// @vitest-environment jsdom
/** Which key press means which shortcut, and that none fires while the person types. */
import { describe, expect, it } from 'vitest';
import { isTyping, shortcutFor, type KeyPress } from '../../../../renderer/app/shortcuts/shortcut-keys';

const press = (key: string, code: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, code, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('the desk shortcuts', () => {
  it('find a client with / or Ctrl+K (Cmd+K on a Mac)', () => {
    expect(shortcutFor(press('/', 'Slash'))).toBe('findClient');
    expect(shortcutFor(press('k', 'KeyK', { ctrlKey: true }))).toBe('findClient');
    expect(shortcutFor(press('k', 'KeyK', { metaKey: true }))).toBe('findClient');
  });

  it('match Alt shortcuts by the physical key, whatever the layout types', () => {
    expect(shortcutFor(press('n', 'KeyN', { altKey: true }))).toBe('newClient');
    expect(shortcutFor(press('˜', 'KeyN', { altKey: true }))).toBe('newClient');
    expect(shortcutFor(press('й', 'KeyQ', { altKey: true }))).toBe('nextInQueue');
  });

  it('open the help with ? or F1, and leave other keys and combinations alone', () => {
    expect(shortcutFor(press('?', 'Slash'))).toBe('help');
    expect(shortcutFor(press('F1', 'F1'))).toBe('help');
    expect(shortcutFor(press('n', 'KeyN'))).toBeUndefined();
    expect(shortcutFor(press('/', 'Slash', { ctrlKey: true }))).toBeUndefined();
    expect(shortcutFor(press('n', 'KeyN', { altKey: true, ctrlKey: true }))).toBeUndefined();
  });

  it('never fire while typing in a text box, a list or a combobox; buttons and links are not typing', () => {
    const make = (html: string) => {
      document.body.innerHTML = html;
      return document.body.firstElementChild;
    };
    expect(isTyping(make('<input type="search">'))).toBe(true);
    expect(isTyping(make('<input>'))).toBe(true);
    expect(isTyping(make('<textarea></textarea>'))).toBe(true);
    expect(isTyping(make('<select></select>'))).toBe(true);
    expect(isTyping(make('<div role="combobox"></div>'))).toBe(true);
    expect(isTyping(make('<input type="checkbox">'))).toBe(false);
    expect(isTyping(make('<button>Call next</button>'))).toBe(false);
    expect(isTyping(make('<a href="#/">Today</a>'))).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});
