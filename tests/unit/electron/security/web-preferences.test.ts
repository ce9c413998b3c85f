import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../../electron/security/web-preferences';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/security/content-security-policy';
import { isLocalRequest } from '../../../../electron/security/harden-session';
import { isAppUrl } from '../../../../electron/security/harden-contents';

describe('the window', () => {
  const options = mainWindowOptions('/app/preload.cjs');

  it('isolates the page from Node and the preload, in a sandbox', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });

  it('fits a 1366x768 laptop and is not shown before it is painted', () => {
    expect(options.width).toBeLessThanOrEqual(1366);
    expect(options.height).toBeLessThanOrEqual(768);
    expect(options.show).toBe(false);
  });
});

describe('what the app may load', () => {
  it('has a CSP with no remote sources and no inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('allows only the app origin for navigation, and only local requests', () => {
    expect(isAppUrl('app://signpost/index.html#/clients')).toBe(true);
    expect(isAppUrl('https://signpost/')).toBe(false);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isLocalRequest('app://signpost/assets/index.js')).toBe(true);
    expect(isLocalRequest('https://fonts.example/font.woff2')).toBe(false);
    expect(isLocalRequest('http://127.0.0.1:4173/')).toBe(false);
  });
});
