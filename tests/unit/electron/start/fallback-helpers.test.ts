import { describe, expect, it } from 'vitest';
import { appModeArgs, browserProfileDir, findBrowser, hasDisplay } from '../../../../electron/start/fallback-helpers.mjs';

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
  });
});
