import { describe, expect, it } from 'vitest';
import { appModeArgs, browserProfileDir, findBrowser, hasDisplay, installedElectron } from '../../../../electron/start/fallback-helpers.mjs';

describe('npm start without Electron', () => {
  it('finds Chromium on the PATH, and prefers SIGNPOST_CHROMIUM', () => {
    const present = new Set(['/usr/bin/chromium', '/opt/chrome/chrome']);
    const exists = (path: string) => present.has(path);
    expect(findBrowser({ PATH: '/usr/local/bin:/usr/bin' }, 'linux', exists)).toBe('/usr/bin/chromium');
    expect(findBrowser({ PATH: '/usr/bin', SIGNPOST_CHROMIUM: '/opt/chrome/chrome' }, 'linux', exists)).toBe('/opt/chrome/chrome');
    expect(findBrowser({ PATH: '/usr/local/bin' }, 'linux', exists)).toBeUndefined();
  });

  it('prints the address instead of opening a window when there is no display', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':99' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });

  it('keeps the browser profile, and so the data, in the same folder every start', () => {
    expect(browserProfileDir({}, 'linux', '/home/amira')).toBe('/home/amira/.config/Signpost/browser-profile');
    expect(browserProfileDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/amira')).toBe('/cfg/Signpost/browser-profile');
    expect(appModeArgs('http://127.0.0.1:4173/', '/p')).toEqual(
      expect.arrayContaining(['--app=http://127.0.0.1:4173/', '--user-data-dir=/p']),
    );
    expect(appModeArgs('http://127.0.0.1:4173/', '/p')).not.toContain('--no-sandbox');
    expect(appModeArgs('http://127.0.0.1:4173/', '/p', true)).toContain('--no-sandbox');
  });

  it('finds Electron’s binary only when path.txt names a file that is there', () => {
    const files = new Map([['/m/electron/path.txt', 'electron\n']]);
    const exists = (path: string) => files.has(path);
    const read = (path: string) => files.get(path) ?? '';
    expect(installedElectron('/m/electron', exists, read)).toBeUndefined();
    files.set('/m/electron/dist/electron', '');
    expect(installedElectron('/m/electron', exists, read)).toBe('/m/electron/dist/electron');
    expect(installedElectron('/elsewhere/electron', exists, read)).toBeUndefined();
  });
});
