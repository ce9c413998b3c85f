/**
 * Every message code written in the source names a message the English catalogue has
 * (and so, by the catalogue test, every language has): a code with no message would reach
 * the screen as "refusal.slotFul". Codes are written as literals, so a scan finds them all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceCatalogue } from '../../../../renderer/i18n/catalogues';
import { flatten, type Catalogue } from './catalogue-problems';

const root = join(import.meta.dirname, '../../../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const CODE = /messageCode\(\s*(['`])([^'`]+)\1/g;

const written = ['shared', 'renderer'].flatMap((folder) =>
  sourceFiles(join(root, folder)).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(CODE)].map((match) => ({ file, key: match[2]! }))),
);

const known = new Set(
  Object.entries(sourceCatalogue).flatMap(([namespace, messages]) => Object.keys(flatten(messages as Catalogue)).map((key) => `${namespace}:${key}`)),
);

describe('message codes', () => {
  it('are found in the source', () => {
    expect(written.length).toBeGreaterThan(60);
  });

  it('each name a message in the English catalogue, with its namespace', () => {
    const unknown = written
      .filter(({ key }) => key.includes('${') ? false : !known.has(key))
      .map(({ file, key }) => `${file.slice(root.length + 1)}: ${key}`);
    expect(unknown).toEqual([]);
  });

  it('are written out in full, never built from pieces the scan cannot check', () => {
    expect(written.filter(({ key }) => key.includes('${')).map(({ file, key }) => `${file.slice(root.length + 1)}: ${key}`)).toEqual([]);
  });
});
