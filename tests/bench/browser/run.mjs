// `npm run bench:browser [-- --scale large|demo]`: builds the bench flavour of the renderer
// (the production build plus renderer/bench/bench-hook.ts, which only `--mode bench`
// includes) into .tmp/bench/renderer, bundles the benchmark (TypeScript) with esbuild, and
// runs it in Node. The build takes a few seconds; the production dist/ is not touched.
// BENCH_VITE_ARGS adds to vite's arguments: `--minify false` gives CPU profiles readable names.
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const outDir = join(root, '.tmp', 'bench');
mkdirSync(outDir, { recursive: true });

const vite = spawnSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--mode', 'bench', '--outDir', join(outDir, 'renderer'), '--logLevel', 'warn', ...(process.env.BENCH_VITE_ARGS ? process.env.BENCH_VITE_ARGS.split(' ') : [])], {
  cwd: root,
  stdio: 'inherit',
});
if (vite.status !== 0) process.exit(vite.status ?? 1);

const outfile = join(outDir, 'browser-bench.mjs');
await build({
  entryPoints: [join(root, 'tests', 'bench', 'browser', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
// Not spawnSync: a stop (Ctrl+C, a kill) is passed on, so the benchmark closes Chromium and
// its `vite preview` instead of leaving them holding the kept profile's port.
const run = spawn(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => run.kill(signal));
run.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
