import * as nodeFs from 'node:fs';
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_SOURCES, needsRebuild, realFileSystem } from '../../../../electron/start/build-freshness.mjs';

describe('npm start rebuilds a build older than its sources', () => {
  let root: string;
  const fs = realFileSystem(nodeFs);
  const at = (path: string, minutesAgo: number) => {
    const when = new Date(Date.now() - minutesAgo * 60_000);
    utimesSync(join(root, path), when, when);
  };
  const write = (path: string, minutesAgo: number) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), 'x');
    at(path, minutesAgo);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'signpost-fresh-'));
    write('renderer/features/today/TodayScreen.tsx', 60);
    write('shared/schemas/client.ts', 60);
    write('package.json', 60);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds when there is no build yet', () => {
    expect(needsRebuild(root, 'dist/renderer/index.html', BUILD_SOURCES.renderer, fs)).toBe(true);
  });

  it('keeps a build that is newer than every source', () => {
    write('dist/renderer/index.html', 10);
    expect(needsRebuild(root, 'dist/renderer/index.html', BUILD_SOURCES.renderer, fs)).toBe(false);
  });

  it('rebuilds after a pull changed a source deep in a folder, or in shared/', () => {
    write('dist/renderer/index.html', 10);
    write('renderer/features/today/TodayScreen.tsx', 1);
    expect(needsRebuild(root, 'dist/renderer/index.html', BUILD_SOURCES.renderer, fs)).toBe(true);

    write('dist-electron/main.cjs', 10);
    write('shared/schemas/client.ts', 1);
    expect(needsRebuild(root, 'dist-electron/main.cjs', BUILD_SOURCES.electron, fs)).toBe(true);
  });

  it('ignores dependencies and hidden folders inside a source folder', () => {
    write('dist/renderer/index.html', 10);
    write('renderer/node_modules/.vite/cache.json', 1);
    write('renderer/.cache/x', 1);
    expect(needsRebuild(root, 'dist/renderer/index.html', BUILD_SOURCES.renderer, fs)).toBe(false);
  });
});
