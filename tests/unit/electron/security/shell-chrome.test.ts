import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { refusedDebuggingSwitch, shellChrome } from '../../../../electron/security/shell-chrome';
import { mainWindowOptions } from '../../../../electron/security/web-preferences';

/** Every role and accelerator in a menu template, however deeply nested. */
function everything(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [String(item.role)] : []),
    ...(item.accelerator ? [String(item.accelerator)] : []),
    ...(Array.isArray(item.submenu) ? everything(item.submenu) : []),
  ]);
}

describe('a packaged Signpost', () => {
  it('cannot open DevTools: the window is made with devTools off', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      const chrome = shellChrome(true, platform);
      expect(chrome.devTools).toBe(false);
      expect(mainWindowOptions('/app/preload.cjs', chrome.devTools).webPreferences?.devTools).toBe(false);
    }
  });

  it('has no menu on Windows and Linux, so no Reload or Toggle Developer Tools shortcut', () => {
    expect(shellChrome(true, 'win32').menu).toBeNull();
    expect(shellChrome(true, 'linux').menu).toBeNull();
  });

  it('keeps only the application and Edit menus on macOS (Quit, copy and paste), nothing that reloads or debugs', () => {
    const menu = shellChrome(true, 'darwin').menu;
    expect(Array.isArray(menu)).toBe(true);
    const items = everything(menu as MenuItemConstructorOptions[]);
    expect(items).toEqual(['appMenu', 'editMenu']);
    for (const forbidden of ['viewMenu', 'toggleDevTools', 'reload', 'forceReload', 'windowMenu', 'help']) {
      expect(items).not.toContain(forbidden);
    }
  });

  it('refuses to start with a remote debugging switch', () => {
    const given = new Set(['remote-debugging-port']);
    expect(refusedDebuggingSwitch(true, (name) => given.has(name))).toBe('remote-debugging-port');
    expect(refusedDebuggingSwitch(true, (name) => name === 'inspect')).toBe('inspect');
    expect(refusedDebuggingSwitch(true, () => false)).toBeUndefined();
  });
});

describe('a development run (npm start from a clone)', () => {
  it('keeps DevTools, the default menu and debugging for the developer', () => {
    expect(shellChrome(false, 'linux')).toEqual({ devTools: true, menu: 'default' });
    expect(mainWindowOptions('/app/preload.cjs', true).webPreferences?.devTools).toBe(true);
    expect(refusedDebuggingSwitch(false, () => true)).toBeUndefined();
  });

  it('makes a window with DevTools off when nobody asks for them', () => {
    expect(mainWindowOptions('/app/preload.cjs').webPreferences?.devTools).toBe(false);
  });
});
