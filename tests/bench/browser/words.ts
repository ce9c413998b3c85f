/** The app's English words, from its catalogues, so the benchmark finds screens as a person reads them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const loaded = new Map<string, Record<string, unknown>>();

export function word(namespace: string, key: string): string {
  let catalogue = loaded.get(namespace);
  if (!catalogue) {
    catalogue = JSON.parse(readFileSync(join(process.cwd(), 'renderer/i18n/locales/en-GB', `${namespace}.json`), 'utf8')) as Record<string, unknown>;
    loaded.set(namespace, catalogue);
  }
  const found = key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], catalogue);
  if (typeof found !== 'string') throw new Error(`No word ${namespace}:${key} in the English catalogue`);
  return found;
}
