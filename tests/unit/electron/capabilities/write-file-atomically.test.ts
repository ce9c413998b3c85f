import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../../electron/capabilities/write-file-atomically';

let folder = '';
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('saving a file the user chose', () => {
  it('writes text and bytes whole, replacing an older file, leaving no temporary file', async () => {
    folder = mkdtempSync(join(tmpdir(), 'signpost-save-'));
    const target = join(folder, 'report.csv');
    writeFileSync(target, 'old');
    await writeFileAtomically(target, 'area,count\nG42,15\n');
    expect(readFileSync(target, 'utf8')).toBe('area,count\nG42,15\n');
    await writeFileAtomically(join(folder, 'report.pdf'), new Uint8Array([37, 80, 68, 70]));
    expect(readFileSync(join(folder, 'report.pdf')).subarray(0, 4).toString()).toBe('%PDF');
    expect(readdirSync(folder).sort()).toEqual(['report.csv', 'report.pdf']);
  });

  it('fails without leaving half a file when the folder does not exist', async () => {
    folder = mkdtempSync(join(tmpdir(), 'signpost-save-'));
    await expect(writeFileAtomically(join(folder, 'missing', 'report.csv'), 'x')).rejects.toThrow();
    expect(readdirSync(folder)).toEqual([]);
  });
});
