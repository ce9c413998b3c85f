// `npm start`: opens Signpost in Electron. Where Electron's binary is not installed (it is
// downloaded at install time, so a machine without internet then has none), it says so in
// one line and opens the same app from a local server in the system's Chromium or Chrome,
// in app mode with a fixed profile, so the forum's data persists between starts.
import { spawn, spawnSync } from 'node:child_process';
import * as nodeFs from 'node:fs';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_SOURCES, needsRebuild, realFileSystem } from './start/build-freshness.mjs';
import { appModeArgs, browserProfileDir, findBrowser, hasDisplay, installedElectron } from './start/fallback-helpers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 4173; // Fixed: the browser keys the forum's data by this origin.
const url = `http://127.0.0.1:${PORT}/`;

function electronBinary() {
  const electronPackageDir = join(root, 'node_modules', 'electron');
  return installedElectron(electronPackageDir, existsSync, (path) => readFileSync(path, 'utf8'));
}

/** Builds when there is no build, or when a source is newer than it (after `git pull`). */
function ensureBuilt(script, output, sources) {
  if (!needsRebuild(root, output, sources, realFileSystem(nodeFs))) return;
  console.log(`Building the app (${script}): there is no build yet, or its sources changed since the last one.`);
  const built = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The local server did not start on ${url}`);
}

async function openInBrowser() {
  ensureBuilt('build:renderer', 'dist/renderer/index.html', BUILD_SOURCES.renderer);
  const server = spawn(join(root, 'node_modules/.bin/vite'), ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => server.kill();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
  await waitForServer();

  const browser = findBrowser(process.env, process.platform, existsSync);
  if (!browser || !hasDisplay(process.env, process.platform)) {
    console.log(`Signpost is running at ${url} — open it in Chromium or Chrome. Press Ctrl+C to stop.`);
    return;
  }
  const profile = browserProfileDir(process.env, process.platform, homedir());
  const window = spawn(browser, appModeArgs(url, profile, process.getuid?.() === 0), { stdio: 'ignore' });
  console.log(`Signpost is open in a window of ${browser} (${url}). Close the window to stop.`);
  window.on('exit', stop);
}

const electron = electronBinary();
if (electron) {
  ensureBuilt('build:electron', 'dist-electron/main.cjs', BUILD_SOURCES.electron);
  ensureBuilt('build:renderer', 'dist/renderer/index.html', BUILD_SOURCES.renderer);
  const app = spawn(electron, [root], { stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log("Electron's binary is not installed (run `npm install` with internet to get it): opening Signpost in your browser instead.");
  await openInBrowser();
}
