/**
 * The whole report as it will be exported: a one-page summary, the sections with their
 * protected tables and charts, then the method notes. A table with nothing in it is left
 * out, with a line saying so.
 */
import type { CommunityReport, ReportTable } from '../../../shared/report/build-report';
import { isEmptyTable } from '../../../shared/report/build-report';
import { periodLabel } from '../../../shared/report/period';
import { BreakdownChart } from './ReportCharts';
import { ReportSummary } from './ReportSummary';
import { ReportTableView } from './ReportTableView';

/** Sections shown on the summary page instead (their figures are its tiles). */
const ON_SUMMARY = new Set(['headline']);
const CHARTED = new Set(['issues']);

function TableEntry({ entry }: { entry: ReportTable }) {
  if (isEmptyTable(entry)) {
    return <p className="report__empty">{entry.title}: none in this period, so the table is left out.</p>;
  }
  return (
    <div className="report__table">
      {CHARTED.has(entry.id) ? <BreakdownChart entry={entry} /> : null}
      <ReportTableView entry={entry} />
    </div>
  );
}

export function ReportPreview({ report, forumName }: { report: CommunityReport; forumName: string }) {
  return (
    <article className="report" aria-label="Report preview">
      <header className="report__header">
        <p className="report__forum">{forumName}</p>
        <h2 className="report__title">Community Intelligence Report</h2>
        <p className="report__period">
          {periodLabel(report.period)}
          {report.clinic ? ` · ${report.clinic.name}` : ' · all clinics'}
        </p>
      </header>
      <ReportSummary report={report} forumName={forumName} />
      {report.sections
        .filter((section) => !ON_SUMMARY.has(section.id))
        .map((section) => (
          <section key={section.id} className="report__section" aria-label={section.title}>
            <h3>{section.title}</h3>
            {section.tables.map((entry) => (
              <TableEntry key={entry.id} entry={entry} />
            ))}
          </section>
        ))}
      <section className="report__method" aria-label="How the numbers are protected">
        <h3>How the numbers are made and protected</h3>
        <ul>
          {report.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
        <p>
          <span aria-hidden="true">✕</span> marks a number hidden to protect privacy.
        </p>
      </section>
    </article>
  );
}
