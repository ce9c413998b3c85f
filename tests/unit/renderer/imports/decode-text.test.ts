// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeText, encodingMessage } from '../../../../renderer/imports/decode-text';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('detecting an imported file’s text encoding', () => {
  it('reads UTF-8, with or without a byte-order mark, and says which', () => {
    const utf8 = new TextEncoder().encode('name\nJosé Núñez\nأمينة');
    expect(decodeText(utf8)).toEqual({ text: 'name\nJosé Núñez\nأمينة', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: 'name\nJosé Núñez\nأمينة', encoding: 'utf-8-bom' });
  });

  it('reads a file that is not UTF-8 as Windows-1252, not as mojibake, and says so', () => {
    // "José Müller €5" as Excel on Windows saves it.
    const decoded = decodeText(bytes(0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80, 0x35));
    expect(decoded).toEqual({ text: 'José Müller €5', encoding: 'windows-1252' });
    expect(encodingMessage('windows-1252', 'clients.csv')).toContain('read as Windows-1252');
  });
});
