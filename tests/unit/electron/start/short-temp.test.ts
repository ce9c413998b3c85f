import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEMP_LENGTH, makeShortTempDir } from '../../../short-temp.mjs';

// Chromium's singleton socket sits about 50 characters below TMPDIR, and a socket path
// may be at most 107: the run's temporary folder must not depend on where the clone is.
const CHROMIUM_SOCKET_TAIL = '/.org.chromium.Chromium.AbCdEf/SingletonSocket';
const fakeUnique = (prefix: string) => `${prefix}Xy12Ab`;

describe('npm test’s temporary folder', () => {
  it('stays short enough for Chromium’s socket whatever the clone’s path', () => {
    const dir = makeShortTempDir('/tmp', 'linux', fakeUnique);
    expect(dir).toBe('/tmp/signpost-Xy12Ab');
    expect(dir.length).toBeLessThanOrEqual(MAX_TEMP_LENGTH);
    expect((dir + CHROMIUM_SOCKET_TAIL).length).toBeLessThanOrEqual(107);
  });

  it('falls back to /tmp when the system temporary folder is itself long', () => {
    const longTemp = join('/home/volunteer/projects/forum-laptops/community-forum-signpost-checkout', 'tmp');
    const dir = makeShortTempDir(longTemp, 'linux', fakeUnique);
    expect(dir.startsWith('/tmp/signpost-')).toBe(true);
    expect((dir + CHROMIUM_SOCKET_TAIL).length).toBeLessThanOrEqual(107);
  });
});
