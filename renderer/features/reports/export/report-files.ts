/**
 * The report's export files, made only from the built report (labels and protected
 * numbers): JSON (versioned, documented in shared/report/build-report.ts), CSV (one file
 * a table, zipped) and a spreadsheet (one sheet a section). As in the preview, a table with
 * nothing in it is left out of the CSV files and the spreadsheet, with a line saying so;
 * the JSON keeps every table, as data. The words around the numbers (the README, the
 * "About" sheet, "Total", "suppressed") come in `words`, in the report's language.
 */
import { strFromU8, strToU8, zipSync } from 'fflate';
import { isEmptyTable, reportEntryToCsv, reportToJson, showsRowTotals, type CommunityReport } from '../../../../shared/report/build-report';
import { isPublished, type ProtectedCell } from '../../../../shared/report/disclosure';

export interface ReportFileWords {
  /** The files' name without extension: "community-report-2025-12-to-2026-11". */
  stem: string;
  /** "Community Intelligence Report, December 2025 to November 2026". */
  title: string;
  clinic(name: string): string;
  /** The sheet that explains the report. */
  about: string;
  total: string;
  suppressed: string;
  /** '"suppressed" marks a number hidden to protect privacy.' */
  suppressedNote: string;
  /** The JSON legend of null. */
  legend: string;
  noFile(title: string): string;
  leftOut(title: string): string;
  unit(unit: string): string;
}

export function reportJsonText(report: CommunityReport, words: Pick<ReportFileWords, 'legend'>): string {
  return `${JSON.stringify(reportToJson(report, words.legend), null, 2)}\n`;
}

export function reportCsvZip(report: CommunityReport, words: ReportFileWords): Uint8Array<ArrayBuffer> {
  const files: Record<string, Uint8Array> = {
    'README.txt': strToU8([words.title, '', ...report.notes, '', words.suppressedNote, ''].join('\r\n')),
  };
  const leftOut: string[] = [];
  report.sections.forEach((section, s) => {
    section.tables.forEach((entry, t) => {
      if (isEmptyTable(entry)) leftOut.push(words.noFile(entry.title));
      else files[`${String(s + 1).padStart(2, '0')}-${String(t + 1).padStart(2, '0')}-${entry.id}.csv`] = strToU8(reportEntryToCsv(entry, words));
    });
  });
  if (leftOut.length > 0) files['README.txt'] = strToU8(`${strFromU8(files['README.txt']!)}${leftOut.join('\r\n')}\r\n`);
  // A copy on a plain ArrayBuffer, as the save channel's schema expects.
  return new Uint8Array(zipSync(files, { level: 6 }));
}

/** exceljs is large: loaded only when a spreadsheet is asked for. */
export async function reportWorkbook(report: CommunityReport, words: ReportFileWords): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Signpost';
  const about = workbook.addWorksheet(words.about);
  about.addRow([words.title]).font = { bold: true, size: 14 };
  if (report.clinic) about.addRow([words.clinic(report.clinic.name)]);
  about.addRow([]);
  for (const note of report.notes) about.addRow([note]);
  about.addRow([words.suppressedNote]);
  about.getColumn(1).width = 110;

  for (const section of report.sections) {
    const sheet = workbook.addWorksheet(section.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
    for (const entry of section.tables) {
      if (isEmptyTable(entry)) {
        sheet.addRow([words.leftOut(entry.title)]).font = { italic: true };
        sheet.addRow([]);
        continue;
      }
      sheet.addRow([entry.title + (entry.unit ? ` (${words.unit(entry.unit)})` : '')]).font = { bold: true };
      const rowTotals = showsRowTotals(entry);
      const shown = (cell: ProtectedCell): number | string => (isPublished(cell) ? cell.value : words.suppressed);
      sheet.addRow([entry.rowHeader, ...entry.table.cols, ...(rowTotals ? [words.total] : [])]).font = { bold: true };
      entry.table.rows.forEach((label, i) => {
        const total = entry.table.rowTotals[i];
        sheet.addRow([label, ...(entry.table.cells[i] ?? []).map(shown), ...(rowTotals && total ? [shown(total)] : [])]);
      });
      if (entry.totals) {
        sheet.addRow([words.total, ...entry.table.colTotals.map(shown), ...(rowTotals ? [shown(entry.table.grandTotal)] : [])]).font = { bold: true };
      }
      sheet.addRow([]);
    }
    sheet.getColumn(1).width = 42;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer);
}
