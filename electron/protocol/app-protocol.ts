/**
 * The app:// scheme the renderer is served from. It is registered as privileged before
 * the app is ready (a standard, secure scheme gets a stable origin and IndexedDB), and
 * then answers only with files from the built renderer, each with the CSP header.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from '../../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { mimeTypeFor, resolveAppFile } from './resolve-app-file';

/** Must run before app 'ready'; the origin app://signpost must never change (data is keyed by it). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererRoot);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        headers: {
          'content-type': mimeTypeFor(file),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
