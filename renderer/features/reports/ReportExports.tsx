/**
 * Exporting the previewed report: PDF (print), spreadsheet, zipped CSV, JSON. Each export
 * is written to the export log with its period, format and rules, never its contents.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityReport } from '../../../shared/report/build-report';
import { recordReportExport } from '../../data';
import { useFormat } from '../../i18n/format';
import { getPlatform } from '../../platform/get-platform';
import { Button } from '../../ui/Button';
import { useStatus } from '../../ui/StatusProvider';
import { isolate } from '../../ui/UserText';
import { reportCsvZip, reportJsonText, reportWorkbook } from './export/report-files';
import { reportFileWords } from './words/file-words';

type Format = 'pdf' | 'xlsx' | 'csv' | 'json';

/** `printable`: the preview is wholly drawn, so a PDF (printed from the page) holds all of it. */
export function ReportExports({ report, printable }: { report: CommunityReport; printable: boolean }) {
  const { t } = useTranslation('reports');
  const formatter = useFormat();
  const status = useStatus();
  const [busy, setBusy] = useState<Format | null>(null);
  const words = reportFileWords(t, formatter, report);
  const stem = words.stem;

  const run = async (format: Format) => {
    setBusy(format);
    try {
      const platform = getPlatform();
      const result =
        format === 'pdf'
          ? await platform.printToPdf({ suggestedName: `${stem}.pdf`, landscape: false })
          : format === 'xlsx'
            ? await platform.saveFile({ suggestedName: `${stem}.xlsx`, content: await reportWorkbook(report, words), filters: [{ name: t('exports.filter.xlsx'), extensions: ['xlsx'] }] })
            : format === 'csv'
              ? await platform.saveFile({ suggestedName: `${stem}-csv.zip`, content: reportCsvZip(report, words), filters: [{ name: t('exports.filter.csv'), extensions: ['zip'] }] })
              : await platform.saveFile({ suggestedName: `${stem}.json`, content: reportJsonText(report, words), filters: [{ name: t('exports.filter.json'), extensions: ['json'] }] });
      // A print dialog the browser opened counts as an export: it may well be saved.
      if (result.saved || format === 'pdf') {
        await recordReportExport({ period: report.period, formats: [format], threshold: report.rules.threshold, rounding: report.rules.rounding, clinic: report.clinic !== undefined });
      }
      if (result.saved) status.say(t('exports.saved', { fileName: isolate(result.fileName) }));
      else if (result.reason === 'cancelled') status.say(result.message ?? t('exports.notSaved'));
      else status.error(result.message ?? t('exports.saveFailed'));
    } catch {
      status.error(t('exports.failed'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="report-exports no-print" role="group" aria-label={t('exports.label')}>
      <Button variant="primary" disabled={busy !== null || !printable} onClick={() => void run('pdf')}>
        {t('exports.pdf')}
      </Button>
      <Button disabled={busy !== null} onClick={() => void run('xlsx')}>
        {t('exports.xlsx')}
      </Button>
      <Button disabled={busy !== null} onClick={() => void run('csv')}>
        {t('exports.csv')}
      </Button>
      <Button disabled={busy !== null} onClick={() => void run('json')}>
        {t('exports.json')}
      </Button>
    </div>
  );
}
