/** The whole report as it will be exported: sections, protected tables, charts, method. */
import type { CommunityReport } from '../../../shared/report/build-report';
import { periodLabel } from '../../../shared/report/period';
import { BreakdownChart, TrendChart } from './ReportCharts';
import { ReportTableView } from './ReportTableView';

const CHARTED: Record<string, 'trend' | 'breakdown'> = { 'contacts-by-month': 'trend', issues: 'breakdown' };

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
      <section className="report__method" aria-label="How the numbers are protected">
        <h3>How the numbers are protected</h3>
        <ul>
          {report.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
        <p>
          <span aria-hidden="true">✕</span> marks a number hidden to protect privacy.
        </p>
      </section>
      {report.sections.map((section) => (
        <section key={section.id} className="report__section" aria-label={section.title}>
          <h3>{section.title}</h3>
          {section.tables.map((entry) => (
            <div key={entry.id} className="report__table">
              {CHARTED[entry.id] === 'trend' ? <TrendChart entry={entry} /> : null}
              {CHARTED[entry.id] === 'breakdown' ? <BreakdownChart entry={entry} /> : null}
              <ReportTableView entry={entry} />
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
