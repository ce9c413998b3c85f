/**
 * A printable sheet (day sheet, referral summary): previewed in a dialog, then printed to
 * PDF through the shell or with the browser's print. While the dialog is open the printed
 * page holds the sheet alone (see `.printing-sheet` in front-desk.css).
 */
import { useEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ExportKind } from '../../shared/schemas';
import { recordFileExport } from '../data';
import { getPlatform } from '../platform/get-platform';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { useStatus } from './StatusProvider';
import { isolate } from './UserText';

interface PrintPreviewDialogProps {
  title: string;
  /** File name offered when the shell saves a PDF. */
  suggestedName: string;
  /** What the sheet is, for the audit log (every sheet that leaves the machine is logged). */
  exportKind: ExportKind;
  /** The one client the sheet is about, if any, by id; how many people it lists, if several. */
  subjectId?: string;
  count?: number;
  /** Choices above the preview (e.g. initials only). */
  options?: ReactNode;
  /** The sheet; rendered in the preview and again, alone, for printing. */
  sheet: ReactNode;
  onClose: () => void;
}

export function PrintPreviewDialog({ title, suggestedName, exportKind, subjectId, count, options, sheet, onClose }: PrintPreviewDialogProps) {
  const { t } = useTranslation();
  const status = useStatus();
  useEffect(() => {
    document.body.classList.add('printing-sheet');
    return () => document.body.classList.remove('printing-sheet');
  }, []);
  const print = async () => {
    const result = await getPlatform().printToPdf({ suggestedName, landscape: false });
    // Saved as a PDF by the shell, or handed to the browser's print dialog (which may print it).
    const left = result.saved || (result.reason === 'cancelled' && result.message !== undefined);
    if (left) await recordFileExport(exportKind, { format: result.saved ? 'pdf' : 'print', ...(subjectId ? { subjectId } : {}), ...(count !== undefined ? { count } : {}) });
    if (result.saved) status.say(t('print.saved', { fileName: isolate(result.fileName) }));
    else if (result.reason === 'cancelled') status.say(result.message ?? t('print.opened'));
    else status.error(result.message ?? t('print.failed'));
  };
  return (
    <>
      <Dialog title={title} onClose={onClose} wide>
        {options}
        <div className="sheet-preview">{sheet}</div>
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('actions.close')}</Button>
          <Button variant="primary" onClick={() => void print()}>
            {t('print.action')}
          </Button>
        </div>
      </Dialog>
      {createPortal(<div className="print-only">{sheet}</div>, document.body)}
    </>
  );
}
