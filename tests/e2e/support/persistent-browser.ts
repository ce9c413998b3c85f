/**
 * A Chromium with a real profile directory, as `npm start` uses in its browser fallback,
 * and a way to kill it the hard way (SIGKILL, no shutdown) to prove saved data survives.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './browser';

export function makeProfileDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function openWithProfile(dir: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: chromiumExecutable(),
    args: chromiumArgs,
    baseURL,
    viewport: { width: 1366, height: 768 },
  });
}

/** SIGKILLs every process of the Chromium using this profile: no unload, no flush. */
export function killHard(dir: string): number {
  const listing = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const pids = listing
    .split('\n')
    .filter((line) => line.includes(`--user-data-dir=${dir}`))
    .map((line) => Number.parseInt(line.trim(), 10))
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone: a child that died with its parent.
    }
  }
  return pids.length;
}
