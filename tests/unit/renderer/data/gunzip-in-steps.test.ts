// @vitest-environment node
/** Decompressing a piece at a time gives back exactly what was compressed, pausing between pieces; a damaged value is refused. */
import { describe, expect, it } from 'vitest';
import { gunzipInSteps, gzip } from '../../../../renderer/data/gzip';

describe('gunzip in steps', () => {
  it('gives back every byte, pausing between pieces of a large value', async () => {
    // Random digits compress poorly, so the compressed value spans several pieces.
    const text = Array.from({ length: 300_000 }, () => Math.random().toString(36).slice(2)).join('\n');
    const plain = new TextEncoder().encode(text);
    const compressed = await gzip(plain);
    let pauses = 0;
    const back = await gunzipInSteps(compressed, async () => {
      pauses += 1;
    });
    expect(new TextDecoder().decode(back)).toBe(text);
    expect(pauses).toBe(Math.ceil(compressed.length / (256 * 1024)));
    expect(pauses).toBeGreaterThan(1);
  });

  it('refuses a damaged value', async () => {
    const compressed = await gzip(new TextEncoder().encode('x'.repeat(10_000)));
    await expect(gunzipInSteps(compressed.slice(0, compressed.length - 8), async () => undefined)).rejects.toThrow();
  });
});
