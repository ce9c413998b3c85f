// Runs the benchmarks: `npm run bench` runs them all, `npm run bench -- search` one.
// Each tests/bench/<name>.bench.ts (or .tsx, for rendering) is a plain script that prints its figures; it is
// bundled with esbuild (TypeScript and our path layout, no loader needed) and run in Node.
// Benchmarks that need a browser (IndexedDB, rendering) are <name>.bench.browser.ts
// and are run by tests/bench/browser-runner.mjs when present.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', '.tmp', 'bench');
mkdirSync(outDir, { recursive: true });

const wanted = process.argv.slice(2);
const all = readdirSync(here)
  .filter((f) => /\.bench\.tsx?$/.test(f))
  .map((f) => f.replace(/\.bench\.tsx?$/, ''));
const names = wanted.length > 0 ? wanted : all;

let failed = 0;
for (const name of names) {
  if (!all.includes(name)) {
    console.error(`No benchmark called "${name}". Available: ${all.join(', ')}`);
    failed++;
    continue;
  }
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    entryPoints: [readdirSync(here).includes(`${name}.bench.tsx`) ? join(here, `${name}.bench.tsx`) : join(here, `${name}.bench.ts`)],
    jsx: 'automatic',
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // jsdom loads from node_modules as it is: it cannot be bundled.
    external: ['jsdom'],
    // CommonJS dependencies bundled into ESM need a require().
    banner: {
      js: "import { createRequire as signpostCreateRequire } from 'node:module'; const require = signpostCreateRequire(import.meta.url);",
    },
  });
  console.log(`\n== ${name}`);
  const run = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
