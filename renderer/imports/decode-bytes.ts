/**
 * Reading an imported file's bytes as text, saying which encoding was assumed. Spreadsheet
 * programs save CSV as UTF-8 (often with a byte-order mark) or, on Windows, as
 * Windows-1252. A file that is valid UTF-8 is read as UTF-8; anything else as
 * Windows-1252, which never fails but can be wrong, so the screen says so (decode-text.ts).
 * Runs in the import worker: nothing here may load the catalogues.
 */

export type AssumedEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: AssumedEncoding;
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Bytes 0x80–0x9F of Windows-1252 (€, curly quotes, dashes, Š, Ž, …). Some runtimes'
 * TextDecoder treats the label as Latin-1 and gives control characters for these, so
 * they are mapped here; undefined bytes stay as they are.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const hasBom = bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b);
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of becoming "�".
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(hasBom ? bytes.subarray(3) : bytes);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
