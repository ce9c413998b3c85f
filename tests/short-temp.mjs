// A short temporary folder for one `npm test` run. Chromium puts its singleton socket
// under TMPDIR, and a Unix socket path is limited to 107 characters: a folder inside the
// project made every run from a clone at a long path fail. So the run gets its own folder
// under the system's temporary folder (or /tmp when even that is long), removed afterwards.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';

/** Longest temporary folder we accept: Chromium adds about 50 characters below it. */
export const MAX_TEMP_LENGTH = 48;

/**
 * @param {string} systemTemp  os.tmpdir()
 * @param {string} platform  process.platform
 * @param {(prefix: string) => string} [makeUnique]  fs.mkdtempSync
 * @returns {string}
 */
export function makeShortTempDir(systemTemp, platform, makeUnique = (prefix) => mkdtempSync(prefix)) {
  const base = systemTemp.length <= MAX_TEMP_LENGTH - 12 || platform === 'win32' ? systemTemp : '/tmp';
  return makeUnique(join(base, 'signpost-'));
}
