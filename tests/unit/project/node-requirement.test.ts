import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm install` warned that Electron wants Node 22.12+ while the README promised 20.19+:
// the project's stated requirement must be the one its desktop shell really has.
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const minimum = (range: string): number[] => {
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(range);
  if (!match) throw new Error(`No version in ${range}`);
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
};
const atLeast = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;

describe('the Node version the project asks for', () => {
  const project = JSON.parse(read('package.json')) as { engines: { node: string } };
  const electron = JSON.parse(read('node_modules/electron/package.json')) as { engines: { node: string } };

  it('is no lower than what Electron requires', () => {
    expect(atLeast(minimum(project.engines.node), minimum(electron.engines.node))).toBeGreaterThanOrEqual(0);
  });

  it('is the one the README names', () => {
    const readme = /Requirements: Node (\d+\.\d+)\+/.exec(read('README.md'));
    expect(readme?.[1]).toBeDefined();
    expect(minimum(readme![1]!)).toEqual(minimum(project.engines.node));
  });
});
