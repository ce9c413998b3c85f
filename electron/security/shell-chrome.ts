/**
 * What a packaged Signpost offers around the page: no DevTools, no default menu (whose
 * View menu carries Reload and Toggle Developer Tools, Ctrl+Shift+I), and no remote
 * debugging switch. Anyone at the laptop could otherwise read every record through the
 * console. A development run (`npm start` from a clone) keeps them for the developer.
 * Plain functions of their inputs, so they are unit-tested without Electron's binary.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface ShellChrome {
  /** webPreferences.devTools: false means DevTools cannot be opened at all. */
  devTools: boolean;
  /** 'default' leaves Electron's menu; otherwise the menu to set (null: none at all). */
  menu: 'default' | MenuItemConstructorOptions[] | null;
}

export function shellChrome(isPackaged: boolean, platform: string): ShellChrome {
  if (!isPackaged) return { devTools: true, menu: 'default' };
  // macOS needs an application menu for Quit and for copy and paste to work by keyboard;
  // these two roles carry no Reload and no DevTools. Elsewhere there is no menu bar at all.
  const menu: MenuItemConstructorOptions[] | null = platform === 'darwin' ? [{ role: 'appMenu' }, { role: 'editMenu' }] : null;
  return { devTools: false, menu };
}

/**
 * Chromium switches that open the page to a debugger from outside (they work in a packaged
 * Electron too; the fuses only close Node's --inspect). A packaged app started with one
 * quits instead.
 */
export const DEBUGGING_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-debugging-address', 'inspect', 'inspect-brk'] as const;

export function refusedDebuggingSwitch(isPackaged: boolean, hasSwitch: (name: string) => boolean): string | undefined {
  if (!isPackaged) return undefined;
  return DEBUGGING_SWITCHES.find((name) => hasSwitch(name));
}
