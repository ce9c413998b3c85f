/** Serves a built renderer with `vite preview` on a free port, and stops it again. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Preview {
  url: string;
  stop(): void;
}

/** Started as node_modules/.bin/vite (not npx, whose child would outlive a kill); on a free port unless given one. */
export async function startPreview(root: string, outDir: string, fixedPort?: number): Promise<Preview> {
  const port = fixedPort ?? (await freePort());
  const child = spawn(join(root, 'node_modules/.bin/vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview stopped (exit ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`vite preview did not answer at ${url} within a minute`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // Stopped with the benchmark however it ends: a leftover preview holds the kept profile's
  // port, and the next run could not start.
  const stop = () => void child.kill();
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.once(signal, () => {
      stop();
      process.exit(1);
    });
  return { url, stop };
}
