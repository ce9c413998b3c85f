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
import { PortTakenError, serveAppOn } from './start/app-server.mjs';
import { appModeArgs, browserProfileDir, findBrowser, hasDisplay, installedElectron } from './start/fallback-helpers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 4173; // Fixed: the browser keys the forum's data by this origin.
const HOST = '127.0.0.1';
const url = `http://${HOST}:${PORT}/`;

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

async function openInBrowser() {
  ensureBuilt('build:renderer', 'dist/renderer/index.html', BUILD_SOURCES.renderer);
  // In this process, so the page the browser opens is the one we serve (app-server.mjs).
  const { preview } = await import('vite');
  let server;
  try {
    server = await serveAppOn((options) => preview({ configFile: join(root, 'vite.config.ts'), root: join(root, 'renderer'), logLevel: 'warn', ...options }), PORT, HOST);
  } catch (error) {
    if (!(error instanceof PortTakenError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

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
