/** The line saying which text encoding a file was read in, with the file's name isolated. */
import { useTranslation } from 'react-i18next';
import { encodingMessage } from '../../../imports/decode-text';
import type { EncodingNote } from '../../../imports/import-messages';
import { IsolatedText } from '../IsolatedText';

export function EncodingNotice({ note }: { note: EncodingNote }) {
  const { t } = useTranslation('clients');
  return (
    <p className="muted" role="note" aria-label={t('import.encodingLabel')}>
      <IsolatedText text={encodingMessage(note.encoding, note.fileName)} />
    </p>
  );
}
