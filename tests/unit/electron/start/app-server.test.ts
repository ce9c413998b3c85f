import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { PortTakenError, portIsHeld, serveAppOn } from '../../../../electron/start/app-server.mjs';

const HOST = '127.0.0.1';
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A built app in a folder of its own, served by Vite's preview exactly as npm start does. */
function builtApp(): (options: { preview: object }) => ReturnType<typeof preview> {
  const dist = mkdtempSync(join(tmpdir(), 'signpost-app-server-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Signpost</title><p>the real app</p>');
  cleanups.push(() => rmSync(dist, { recursive: true, force: true }));
  return (options) => preview({ configFile: false, root: dist, logLevel: 'silent', build: { outDir: dist }, ...options });
}

/** Another program's page on a port the system chose, listening like any web server. */
async function foreignServer(): Promise<{ server: Server; port: number }> {
  const server = createHttpServer((_request, response) => response.end('<p>not Signpost</p>'));
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { server, port: (server.address() as AddressInfo).port };
}

describe('npm start’s browser fallback server', () => {
  it('stops with a clear message when the port is held by another program, and never serves its page', async () => {
    const { port } = await foreignServer();
    const attempt = serveAppOn(builtApp(), port, HOST);
    await expect(attempt).rejects.toBeInstanceOf(PortTakenError);
    await expect(attempt).rejects.toThrow(`Port ${port} is already in use by another program`);
    await expect(attempt).rejects.toThrow('run npm start again');
    // The other program still answers: we did not take its place or reach through it.
    expect(await (await fetch(`http://${HOST}:${port}/`)).text()).toContain('not Signpost');
  });

  it('serves the app on exactly that port when it is free, from this process', async () => {
    const { server, port } = await foreignServer();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await portIsHeld(port, HOST)).toBe(false);
    const app = await serveAppOn(builtApp(), port, HOST);
    cleanups.push(() => app.close());
    expect(await portIsHeld(port, HOST)).toBe(true);
    expect(await (await fetch(`http://${HOST}:${port}/`)).text()).toContain('the real app');
  });

  it('passes on a failure that is not about the port', async () => {
    const broken = () => Promise.reject(new Error('the build folder is unreadable'));
    const { server, port } = await foreignServer();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await expect(serveAppOn(broken, port, HOST)).rejects.toThrow('the build folder is unreadable');
  });
});
