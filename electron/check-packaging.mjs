// Runs electron-builder's whole packaging pipeline with no network: the config is
// validated against its schema, then a Linux app folder is laid out around a stub Electron
// executable (the real binary cannot be downloaded here), and the resulting app.asar is
// checked to hold the built renderer and shell, and nothing it should not.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';

const root = process.cwd();
const work = join(root, '.tmp', 'packaging');
const stub = join(work, 'electron-stub');
const output = join(work, 'release');
rmSync(work, { recursive: true, force: true });
mkdirSync(stub, { recursive: true });
writeFileSync(join(stub, 'electron'), '#!/bin/sh\necho "stub electron for packaging checks"\n');
chmodSync(join(stub, 'electron'), 0o755);

for (const needed of ['dist/renderer/index.html', 'dist-electron/main.cjs', 'dist-electron/preload.cjs']) {
  if (!existsSync(join(root, needed))) {
    console.error(`Packaging check: ${needed} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;

function electronBuilder(configFile) {
  return spawnSync(
    join(root, 'node_modules/.bin/electron-builder'),
    [
      '--dir',
      '--linux',
      '--publish',
      'never',
      '--config',
      configFile,
      `-c.electronDist=${stub}`,
      `-c.electronVersion=${electronVersion}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true' } },
  );
}

// 1. The real configuration, fuses included, must pass electron-builder's schema and get
//    as far as flipping the fuses, which needs the real binary (the stub has no sentinel).
const real = electronBuilder('electron-builder.yml');
const realLog = `${real.stdout}\n${real.stderr}`;
if (real.status !== 0 && !realLog.includes('Could not find sentinel')) {
  console.error(realLog);
  console.error('Packaging check: electron-builder.yml is not valid.');
  process.exit(1);
}

// 2. The same configuration without the fuse step lays out the whole app around the stub.
const yaml = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
const withoutFuses = yaml.replace(/^electronFuses:\n(?:[ \t]+.*\n)+/m, '');
if (withoutFuses === yaml) {
  console.error('Packaging check: expected an electronFuses block in electron-builder.yml.');
  process.exit(1);
}
const checkConfig = join(work, 'electron-builder.check.yml');
writeFileSync(checkConfig, withoutFuses);
rmSync(output, { recursive: true, force: true });
const result = electronBuilder(checkConfig);
if (result.status !== 0) {
  console.error(`${result.stdout}\n${result.stderr}`);
  console.error('Packaging check: electron-builder failed.');
  process.exit(1);
}

const asar = join(output, 'linux-unpacked', 'resources', 'app.asar');
if (!existsSync(asar)) {
  console.error(`Packaging check: ${asar} was not produced.`);
  process.exit(1);
}
const files = new Set(listPackage(asar, {}).map((file) => file.replaceAll('\\', '/')));
const required = ['/package.json', '/dist/renderer/index.html', '/dist-electron/main.cjs', '/dist-electron/preload.cjs'];
const missing = required.filter((file) => !files.has(file));
const leaked = [...files].filter((file) => /^\/(node_modules|tests|renderer|shared|electron)\//.test(file) || file.endsWith('.map'));
if (missing.length > 0 || leaked.length > 0) {
  if (missing.length > 0) console.error(`Packaging check: missing from app.asar: ${missing.join(', ')}`);
  if (leaked.length > 0) console.error(`Packaging check: should not be packaged: ${leaked.slice(0, 10).join(', ')}`);
  process.exit(1);
}
console.log(`Packaging check passed: app.asar holds ${files.size} entries, Electron ${electronVersion}.`);
rmSync(work, { recursive: true, force: true });
