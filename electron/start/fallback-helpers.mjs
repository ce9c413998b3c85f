// Decisions `npm start` makes when Electron's binary is missing: which browser to open
// the app in, whether there is a display, and where the browser keeps the forum's data.
// Plain functions of their inputs so they are unit-tested (tests/unit/electron/start).
import { delimiter, join } from 'node:path';

/** Browsers that can show the app in its own window (`--app=`), best first. */
const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];

const FIXED_LOCATIONS = {
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} platform
 * @param {(path: string) => boolean} exists
 * @returns {string | undefined}
 */
export function findBrowser(env, platform, exists) {
  if (env.SIGNPOST_CHROMIUM && exists(env.SIGNPOST_CHROMIUM)) return env.SIGNPOST_CHROMIUM;
  const folders = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of BROWSER_NAMES) {
    for (const folder of folders) {
      const candidate = join(folder, platform === 'win32' ? `${name}.exe` : name);
      if (exists(candidate)) return candidate;
    }
  }
  return (FIXED_LOCATIONS[platform] ?? []).find((path) => exists(path));
}

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} platform
 */
export function hasDisplay(env, platform) {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * Where the fallback browser keeps its profile, and so the forum's IndexedDB: the same
 * folder every time, so data persists between starts.
 * @param {Record<string, string | undefined>} env
 * @param {string} platform
 * @param {string} home
 */
export function browserProfileDir(env, platform, home) {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Signpost', 'browser-profile');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Signpost', 'browser-profile');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Signpost', 'browser-profile');
}

/**
 * The arguments that open the app as a window of its own, quiet on a closed network.
 * Chromium refuses to start as root with its sandbox on (containers, live systems), so
 * only then is the sandbox turned off; a normal user keeps it.
 * @param {string} url
 * @param {string} profileDir
 * @param {boolean} [runningAsRoot]
 */
export function appModeArgs(url, profileDir, runningAsRoot = false) {
  return [
    ...(runningAsRoot ? ['--no-sandbox'] : []),
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--window-size=1280,760',
  ];
}

/**
 * Electron's installed binary, found the way its package does (path.txt names it inside
 * dist/) but without requiring the package: electron's index.js tries to download a
 * missing binary, which on a closed network only prints a stack trace.
 * @param {string} electronPackageDir
 * @param {(path: string) => boolean} exists
 * @param {(path: string) => string} read
 * @returns {string | undefined}
 */
export function installedElectron(electronPackageDir, exists, read) {
  const pathFile = join(electronPackageDir, 'path.txt');
  if (!exists(pathFile)) return undefined;
  const binary = join(electronPackageDir, 'dist', read(pathFile).trim());
  return exists(binary) ? binary : undefined;
}
