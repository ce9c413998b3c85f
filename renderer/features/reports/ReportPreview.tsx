/**
 * The whole report as it will be exported: a one-page summary, the sections with their
 * protected tables and charts, then the method notes. A table with nothing in it is left
 * out, with a line saying so.
 */
import { useTranslation } from 'react-i18next';
import type { CommunityReport, ReportTable } from '../../../shared/report/build-report';
import { isEmptyTable } from '../../../shared/report/build-report';
import { useFormat } from '../../i18n/format';
import { UserText } from '../../ui/UserText';
import { BreakdownChart } from './ReportCharts';
import { ReportSummary } from './ReportSummary';
import { ReportTableView } from './ReportTableView';
import { MarkOnly } from './suppressed-mark';
import { periodWords } from './words/report-words';

/** Sections shown on the summary page instead (their figures are its tiles). */
const ON_SUMMARY = new Set(['headline']);
const CHARTED = new Set(['issues']);

function TableEntry({ entry }: { entry: ReportTable }) {
  const { t } = useTranslation('reports');
  if (isEmptyTable(entry)) {
    return <p className="report__empty">{t('preview.empty', { title: entry.title })}</p>;
  }
  return (
    <div className="report__table">
      {CHARTED.has(entry.id) ? <BreakdownChart entry={entry} /> : null}
      <ReportTableView entry={entry} />
    </div>
  );
}

export function ReportPreview({ report, forumName }: { report: CommunityReport; forumName: string }) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  return (
    <article className="report" aria-label={t('preview.label')}>
      <header className="report__header">
        <p className="report__forum">
          <UserText>{forumName}</UserText>
        </p>
        <h2 className="report__title">{t('preview.title')}</h2>
        <p className="report__period">
          {periodWords(t, format, report.period)}
          {' · '}
          {report.clinic ? <UserText>{report.clinic.name}</UserText> : t('preview.allClinics')}
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
      <section className="report__method" aria-label={t('preview.methodLabel')}>
        <h3>{t('preview.methodTitle')}</h3>
        <ul>
          {report.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
        <p>
          <MarkOnly /> {t('preview.mark')}
        </p>
      </section>
    </article>
  );
}
