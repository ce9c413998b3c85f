/**
 * The report's first page, for a committee member who reads only one: the headline
 * figures, the three biggest needs, and contacts month by month. Everything here is a
 * number published in the tables that follow.
 */
import type { CommunityReport } from '../../../shared/report/build-report';
import { isPublished } from '../../../shared/report/disclosure';
import { summariseReport, summarySentences } from '../../../shared/report/report-summary';
import { format } from '../../i18n/format';
import { TrendChart } from './ReportCharts';

export function ReportSummary({ report, forumName }: { report: CommunityReport; forumName: string }) {
  const summary = summariseReport(report);
  const { figures, topNeeds } = summary;
  const sentences = summarySentences(summary, report.clinic ? `${forumName} (${report.clinic.name})` : forumName, report);
  const contacts = report.sections.flatMap((s) => s.tables).find((t) => t.id === 'contacts-by-month');
  return (
    <section className="report__summary" aria-label="At a glance">
      <h3>At a glance</h3>
      {sentences.length > 0 ? <p className="report-summary__lede">{sentences.join(' ')}</p> : null}
      <dl className="report-figures">
        {figures.map((figure) => (
          <div key={figure.label} className="report-figure">
            <dt>{figure.label}</dt>
            <dd>
              {isPublished(figure.cell) ? (
                format().number(figure.cell.value)
              ) : (
                <>
                  <span aria-hidden="true">✕</span>
                  <span className="visually-hidden">suppressed</span>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <div className="report-summary__needs">
        <h4>The three biggest needs</h4>
        {topNeeds.length > 0 ? (
          <ol>
            {topNeeds.map((need) => (
              <li key={need.label}>
                <span>{need.label}</span> <span className="muted">{format().number(need.value)} advice sessions</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">No advice sessions were recorded in this period.</p>
        )}
      </div>
      {contacts ? <TrendChart entry={contacts} /> : null}
    </section>
  );
}
