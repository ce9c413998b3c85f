// Whether `npm start` must rebuild before opening the app: a build older than any of its
// sources (after `git pull`, or an edit) would otherwise keep serving yesterday's app.
// Git gives every file it changes the time of the pull, so comparing modification times
// is enough. Plain functions of an injected file system, so they are unit-tested.
import { join } from 'node:path';

/** What each build is made from, relative to the project root. */
export const BUILD_SOURCES = {
  renderer: ['renderer', 'shared', 'vite.config.ts', 'package.json', 'package-lock.json'],
  electron: ['electron', 'shared', 'package.json', 'package-lock.json'],
};

/**
 * @typedef {{ stat: (path: string) => { mtimeMs: number, isDirectory: () => boolean } | undefined,
 *             list: (dir: string) => string[] }} FileSystem
 */

/**
 * The newest modification time under `path` (a file or a folder, walked), or 0 when absent.
 * @param {string} path
 * @param {FileSystem} fs
 * @returns {number}
 */
export function newestModification(path, fs) {
  const info = fs.stat(path);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const name of fs.list(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestModification(join(path, name), fs));
  }
  return newest;
}

/**
 * True when the build output is missing or any source is newer than it.
 * @param {string} root
 * @param {string} output  the build's output file, relative to root
 * @param {readonly string[]} sources  relative to root
 * @param {FileSystem} fs
 */
export function needsRebuild(root, output, sources, fs) {
  const built = fs.stat(join(root, output));
  if (!built) return true;
  return sources.some((source) => newestModification(join(root, source), fs) > built.mtimeMs);
}

/**
 * The real file system, for start.mjs.
 * @param {typeof import('node:fs')} nodeFs
 * @returns {FileSystem}
 */
export function realFileSystem(nodeFs) {
  return {
    stat: (path) => nodeFs.statSync(path, { throwIfNoEntry: false }),
    list: (dir) => nodeFs.readdirSync(dir),
  };
}
