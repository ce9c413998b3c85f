// @vitest-environment node
/**
 * Sealed values and wrapped keys are stored as base64: the browser's own codec where it
 * has one (Chromium), else the app's loops (Node, which runs these tests). Both must give
 * the bytes Node's Buffer gives, for every length (each padding) and every byte value.
 */
import { describe, expect, it, vi } from 'vitest';

const lengths = [0, 1, 2, 3, 4, 12, 28, 255, 256, 70_000];
const bytesOf = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 131 + length) % 256);

/** The module loaded afresh with `Uint8Array` as given (it looks for the browser's codec once, on load). */
async function codecWith(uint8Array: typeof Uint8Array) {
  vi.stubGlobal('Uint8Array', uint8Array);
  vi.resetModules();
  try {
    return await import('../../../../renderer/security/crypto');
  } finally {
    vi.unstubAllGlobals();
  }
}

describe('base64', () => {
  it("round-trips every length and byte value, as Node's Buffer encodes them, with the app's own loops", async () => {
    class PlainUint8Array extends Uint8Array {
      static fromBase64 = undefined;
    }
    Object.defineProperty(PlainUint8Array.prototype, 'toBase64', { value: undefined });
    const { fromBase64, toBase64 } = await codecWith(PlainUint8Array);
    for (const length of lengths) {
      const bytes = bytesOf(length);
      const text = Buffer.from(bytes).toString('base64');
      expect(toBase64(bytes), `${length} bytes`).toBe(text);
      expect([...fromBase64(text)], `${length} bytes`).toEqual([...bytes]);
    }
    expect(() => fromBase64('not base64!')).toThrow();
  });

  it("uses the browser's own codec where Uint8Array has one", async () => {
    const fromBase64Native = vi.fn((text: string) => new Uint8Array(Buffer.from(text, 'base64')));
    const toBase64Native = vi.fn(function (this: Uint8Array) {
      return Buffer.from(this).toString('base64');
    });
    class NativeUint8Array extends Uint8Array {
      static fromBase64 = fromBase64Native;
    }
    Object.defineProperty(NativeUint8Array.prototype, 'toBase64', { value: toBase64Native });
    const { fromBase64, toBase64 } = await codecWith(NativeUint8Array);
    const bytes = bytesOf(28);
    expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
    expect(fromBase64Native).toHaveBeenCalledTimes(1);
    expect(toBase64Native).toHaveBeenCalledTimes(1);
  });
});
