import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppFile } from '../../../../electron/protocol/resolve-app-file';

const ROOT = '/opt/signpost/dist/renderer';

describe('serving the renderer from app://signpost', () => {
  it('maps app paths to files inside the renderer folder', () => {
    expect(resolveAppFile('app://signpost/', ROOT)).toBe(`${ROOT}/index.html`);
    expect(resolveAppFile('app://signpost/index.html', ROOT)).toBe(`${ROOT}/index.html`);
    expect(resolveAppFile('app://signpost/assets/index-abc.js?x=1', ROOT)).toBe(`${ROOT}/assets/index-abc.js`);
  });

  it.each([
    'app://signpost/../../etc/passwd',
    'app://signpost/%2e%2e/%2e%2e/etc/passwd',
    'app://signpost/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://signpost//etc/passwd',
    'app://signpost/..%5c..%5cwindows',
    'app://other/index.html',
    'https://signpost/index.html',
    'app://signpost/%E0%A4%A',
  ])('never serves a file outside the renderer folder for %s', (url) => {
    const resolved = resolveAppFile(url, ROOT);
    expect(resolved === null || resolved.startsWith(`${ROOT}/`)).toBe(true);
  });

  it('refuses other hosts, other schemes and broken escapes outright', () => {
    expect(resolveAppFile('app://other/index.html', ROOT)).toBeNull();
    expect(resolveAppFile('https://signpost/index.html', ROOT)).toBeNull();
    expect(resolveAppFile('app://signpost/%E0%A4%A', ROOT)).toBeNull();
    expect(resolveAppFile('app://signpost/..%5c..%5cwindows', ROOT)).toBeNull();
  });

  it('names the content type of what it serves', () => {
    expect(mimeTypeFor('index.html')).toContain('text/html');
    expect(mimeTypeFor('a.js')).toContain('javascript');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
