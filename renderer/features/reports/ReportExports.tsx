/**
 * Exporting the previewed report: PDF (print), spreadsheet, zipped CSV, JSON. Each export
 * is written to the export log with its period, format and rules, never its contents.
 */
import { useState } from 'react';
import type { CommunityReport } from '../../../shared/report/build-report';
import { recordReportExport } from '../../data';
import { getPlatform } from '../../platform/get-platform';
import { Button } from '../../ui/Button';
import { useStatus } from '../../ui/StatusProvider';
import { reportCsvZip, reportFileStem, reportJsonText, reportWorkbook } from './export/report-files';

type Format = 'pdf' | 'xlsx' | 'csv' | 'json';

export function ReportExports({ report }: { report: CommunityReport }) {
  const status = useStatus();
  const [busy, setBusy] = useState<Format | null>(null);
  const stem = reportFileStem(report);

  const run = async (format: Format) => {
    setBusy(format);
    try {
      const platform = getPlatform();
      const result =
        format === 'pdf'
          ? await platform.printToPdf({ suggestedName: `${stem}.pdf`, landscape: false })
          : format === 'xlsx'
            ? await platform.saveFile({ suggestedName: `${stem}.xlsx`, content: await reportWorkbook(report), filters: [{ name: 'Spreadsheet', extensions: ['xlsx'] }] })
            : format === 'csv'
              ? await platform.saveFile({ suggestedName: `${stem}-csv.zip`, content: reportCsvZip(report), filters: [{ name: 'Zip of CSV files', extensions: ['zip'] }] })
              : await platform.saveFile({ suggestedName: `${stem}.json`, content: reportJsonText(report), filters: [{ name: 'JSON', extensions: ['json'] }] });
      // A print dialog the browser opened counts as an export: it may well be saved.
      if (result.saved || format === 'pdf') {
        await recordReportExport({ period: report.period, formats: [format], threshold: report.rules.threshold, rounding: report.rules.rounding, clinic: report.clinic !== undefined });
      }
      if (result.saved) status.say(`Saved ${result.fileName}`);
      else if (result.reason === 'cancelled') status.say(result.message ?? 'Not saved');
      else status.error(result.message ?? 'The file could not be saved.');
    } catch {
      status.error('The export could not be made. Try again.');
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="report-exports no-print" role="group" aria-label="Export the report">
      <Button variant="primary" disabled={busy !== null} onClick={() => void run('pdf')}>
        PDF (print)
      </Button>
      <Button disabled={busy !== null} onClick={() => void run('xlsx')}>
        Spreadsheet (.xlsx)
      </Button>
      <Button disabled={busy !== null} onClick={() => void run('csv')}>
        CSV files (.zip)
      </Button>
      <Button disabled={busy !== null} onClick={() => void run('json')}>
        JSON
      </Button>
    </div>
  );
}
