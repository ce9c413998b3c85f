/**
 * gzip through the platform's own streams (CompressionStream, in the page, its workers and
 * Node alike). Sealed values that repeat their keys thousands of times (the directory's
 * snapshot, the report's facts) are compressed before sealing: reading them back from
 * IndexedDB is what they cost, and their length is all compression could show.
 */
export async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
}

export async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}

/** How much of a compressed value is fed to the decompressor in one step (about 1 MB out). */
const PIECE = 256 * 1024;

/**
 * As gunzip, fed a piece at a time with `pause` between, for a value large enough to be
 * felt: the directory's snapshot (about 4 MB compressed, 15 MB out) decompressed in one
 * go held the page for about 0.2 s.
 */
export async function gunzipInSteps(bytes: Uint8Array<ArrayBuffer>, pause: () => Promise<void>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new DecompressionStream('gzip');
  const out = new Response(stream.readable).arrayBuffer();
  out.catch(() => undefined); // A failure surfaces where it is awaited.
  const writer = stream.writable.getWriter();
  for (let at = 0; at < bytes.length; at += PIECE) {
    await writer.write(bytes.subarray(at, at + PIECE));
    await pause();
  }
  await writer.close();
  return new Uint8Array(await out);
}

export const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;
