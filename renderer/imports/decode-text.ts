/**
 * Which text encoding an imported file was read in, said in the volunteer's language (the
 * clients catalogue holds the import's words). The decoding itself is in decode-bytes.ts,
 * which the worker loads without the catalogues.
 */
import { i18n } from '../i18n';
import { isolate } from '../ui/UserText';
import type { AssumedEncoding } from './decode-bytes';

export { decodeText, type AssumedEncoding, type DecodedText } from './decode-bytes';

/** What was assumed, in words, for the screen; the file name is isolated (see renderIsolated). */
export function encodingMessage(encoding: AssumedEncoding, fileName: string): string {
  return i18n.t(`clients:import.encoding.${encoding}`, { fileName: isolate(fileName) });
}
